// content-model §7.2, R3 (ch. 10, rec. 3): one case that triggers each action point, one that does not.
import { describe, expect, it } from 'vitest';
import { assessWith, recommendation } from '../helpers';
import { actionPointTests } from './cases';

describe('R3: build on exchange between colleagues', () => {
  it('is low with no action when nothing points to it', () => {
    expect(recommendation(assessWith(), 'R3')).toMatchObject({ priority: 'low', actions: [] });
  });

  actionPointTests('R3', 'R3_connect_peers', [
    { name: 'peer contact is 2', overrides: { ex_peer_contact: 2 }, triggers: ['ex_peer_contact'] },
    { name: 'peer contact is 3', overrides: { ex_peer_contact: 3 } },
  ]);

  actionPointTests('R3', 'R3_exchange_in_daily_work', [
    {
      name: 'neither peer-to-peer nor on-the-job exchange is used',
      overrides: { ex_methods: ['meetings_workshops', 'field_visits'] },
      triggers: ['ex_methods'],
    },
    { name: 'only on-the-job exchange is used', overrides: { ex_methods: ['on_the_job'] } },
    {
      name: 'only peer-to-peer exchange is used',
      overrides: { ex_methods: ['peer_to_peer', 'remote_contact'] },
    },
    {
      name: 'the methods are unanswered (excludes is false when absent)',
      overrides: { ex_methods: undefined },
    },
  ]);

  actionPointTests('R3', 'R3_foster_equal_exchange', [
    { name: 'power is unequal', overrides: { cond_power_equality: 2 }, triggers: ['cond_power_equality'] },
    {
      name: 'a teacher–pupil pattern is reported (4)',
      overrides: { cond_donor_recipient: 4 },
      triggers: ['cond_donor_recipient'],
    },
    {
      name: 'knowledge is not valued equally',
      overrides: { cond_knowledge_valued: 1 },
      triggers: ['cond_knowledge_valued'],
    },
    {
      name: 'openness to learn is low',
      overrides: { cond_openness_to_learn: 2 },
      triggers: ['cond_openness_to_learn'],
    },
    {
      name: 'several leaves are true (all named, catalogue order)',
      overrides: { cond_donor_recipient: 5, cond_openness_to_learn: 1 },
      triggers: ['cond_openness_to_learn', 'cond_donor_recipient'],
    },
    { name: 'the teacher–pupil statement gets 3', overrides: { cond_donor_recipient: 3 } },
  ]);
});
