// content-model §7.2, R4 (ch. 10, rec. 4): one case that triggers each action point, one that does not.
import { describe, expect, it } from 'vitest';
import { assessWith, recommendation } from '../helpers';
import { actionPointTests } from './cases';

describe('R4: keep a basic municipal commitment to civil-society initiatives', () => {
  it('is low with no action when nothing points to it', () => {
    expect(recommendation(assessWith(), 'R4')).toMatchObject({ priority: 'low', actions: [] });
  });

  actionPointTests('R4', 'R4_back_initiatives', [
    {
      name: 'backing is lacking',
      overrides: { act_municipal_support_cso: 2 },
      triggers: ['act_municipal_support_cso'],
    },
    { name: 'backing is 3', overrides: { act_municipal_support_cso: 3 } },
    {
      name: 'no NGOs take part, so the question is hidden',
      overrides: { act_cso_role: 'none', act_municipal_support_cso: 1 },
    },
  ]);

  actionPointTests('R4', 'R4_sustain_initiatives', [
    {
      name: 'initiatives stalled',
      overrides: { act_cso_initiatives_stalled: 'yes' },
      triggers: ['act_cso_initiatives_stalled'],
    },
    { name: 'the answer is "unsure"', overrides: { act_cso_initiatives_stalled: 'unsure' } },
    {
      name: 'no NGOs take part, so the question is hidden',
      overrides: { act_cso_role: 'none', act_cso_initiatives_stalled: 'yes' },
    },
  ]);

  actionPointTests('R4', 'R4_strengthen_interfaces', [
    {
      name: 'interfaces did not improve',
      overrides: { out_interfaces_strengthened: 2 },
      triggers: ['out_interfaces_strengthened'],
    },
    {
      name: 'interfaces did not improve and no NGOs take part',
      overrides: { act_cso_role: 'none', out_interfaces_strengthened: 1 },
      triggers: ['out_interfaces_strengthened'],
    },
    { name: 'interfaces are 3', overrides: { out_interfaces_strengthened: 3 } },
  ]);

  it('stays applicable when no NGOs take part (never not_applicable)', () => {
    expect(recommendation(assessWith({ act_cso_role: 'none' }), 'R4').priority).toBe('low');
  });
});
