// content-model §7.2, R2 (ch. 10, rec. 2): one case that triggers each action point, one that does not.
import { describe, expect, it } from 'vitest';
import { assessWith, recommendation } from '../helpers';
import { actionPointTests } from './cases';

describe('R2: use the partnership as a lever beyond the people involved', () => {
  it('is low with no action when nothing points to it', () => {
    expect(recommendation(assessWith(), 'R2')).toMatchObject({ priority: 'low', actions: [] });
  });

  actionPointTests('R2', 'R2_disseminate_internally', [
    {
      name: 'internal dissemination is low',
      overrides: { out_internal_dissemination: 2 },
      triggers: ['out_internal_dissemination'],
    },
    {
      name: 'one or two key persons carry it',
      overrides: { act_key_persons: 'one_or_two' },
      triggers: ['act_key_persons'],
    },
    { name: 'a small group carries it and dissemination is 3', overrides: { out_internal_dissemination: 3 } },
  ]);

  actionPointTests('R2', 'R2_disseminate_externally', [
    {
      name: 'external dissemination is 2',
      overrides: { out_external_dissemination: 2 },
      triggers: ['out_external_dissemination'],
    },
    { name: 'external dissemination is 3', overrides: { out_external_dissemination: 3 } },
  ]);

  actionPointTests('R2', 'R2_engage_knowledge_institutions', [
    {
      name: 'no knowledge institution takes part and internal dissemination is 3',
      overrides: { act_actor_types_own: ['municipal_departments'], out_internal_dissemination: 3 },
      triggers: ['act_actor_types_own', 'out_internal_dissemination'],
    },
    { name: 'a knowledge institution takes part', overrides: { out_internal_dissemination: 3 } },
    {
      name: 'internal dissemination is already 4',
      overrides: { act_actor_types_own: ['municipal_departments'] },
    },
  ]);

  actionPointTests('R2', 'R2_involve_higher_levels', [
    {
      name: 'higher levels play no role and the mandate limits application',
      overrides: { act_higher_levels: 'none', learn_application_barriers: ['mandate_limits'] },
      triggers: ['act_higher_levels', 'learn_application_barriers'],
    },
    {
      name: 'higher levels are marginal and broader networks are weak',
      overrides: { act_higher_levels: 'marginal', out_broader_networks: 2 },
      triggers: ['act_higher_levels', 'out_broader_networks'],
    },
    {
      name: 'mandate limits are named but higher levels are substantially involved (example C)',
      overrides: { learn_application_barriers: ['mandate_limits'], out_broader_networks: 2 },
    },
    {
      name: 'higher levels are marginal but nothing calls for them',
      overrides: { act_higher_levels: 'marginal' },
    },
  ]);
});
