// content-model §7.2, R5 (ch. 10, rec. 5): one case that triggers each action point, one that does not.
import { describe, expect, it } from 'vitest';
import { assessWith, recommendation } from '../helpers';
import { actionPointTests } from './cases';

describe('R5: invest for the long term', () => {
  it('is low with no action when nothing points to it', () => {
    expect(recommendation(assessWith(), 'R5')).toMatchObject({ priority: 'low', actions: [] });
  });

  actionPointTests('R5', 'R5_set_clear_objectives', [
    {
      name: 'objectives are vague',
      overrides: { obj_objectives_clear: 2 },
      triggers: ['obj_objectives_clear'],
    },
    {
      name: 'expectations are unrealistic',
      overrides: { obj_expectations_realistic: 1 },
      triggers: ['obj_expectations_realistic'],
    },
    { name: 'both are 3', overrides: { obj_objectives_clear: 3, obj_expectations_realistic: 3 } },
  ]);

  actionPointTests('R5', 'R5_invest_capacity', [
    { name: 'capacity is lacking', overrides: { cond_capacity: 2 }, triggers: ['cond_capacity'] },
    { name: 'capacity is "unsure"', overrides: { cond_capacity: 'unsure' } },
  ]);

  actionPointTests('R5', 'R5_prepare_and_bridge', [
    { name: 'preparation is poor', overrides: { ex_preparation: 2 }, triggers: ['ex_preparation'] },
    {
      name: 'barriers are not bridged',
      overrides: { ex_barriers_bridged: 1 },
      triggers: ['ex_barriers_bridged'],
    },
    {
      name: 'context knowledge is lacking',
      overrides: { cond_context_knowledge: 2 },
      triggers: ['cond_context_knowledge'],
    },
    {
      name: 'all three are 3',
      overrides: { ex_preparation: 3, ex_barriers_bridged: 3, cond_context_knowledge: 3 },
    },
  ]);

  actionPointTests('R5', 'R5_commit_long_term', [
    { name: 'exchange is one-off', overrides: { ex_continuity: 'one_off' }, triggers: ['ex_continuity'] },
    { name: 'exchange is ad hoc', overrides: { ex_continuity: 'ad_hoc' }, triggers: ['ex_continuity'] },
    {
      name: 'the outlook is uncertain',
      overrides: { out_continuation: 'uncertain' },
      triggers: ['out_continuation'],
    },
    {
      name: 'it is winding down',
      overrides: { out_continuation: 'winding_down' },
      triggers: ['out_continuation'],
    },
    { name: 'trust is low', overrides: { cond_trust_continuity: 2 }, triggers: ['cond_trust_continuity'] },
    {
      name: 'there is an annual plan and the partnership is expanding',
      overrides: { ex_continuity: 'annual_plan', out_continuation: 'expanding' },
    },
  ]);
});
