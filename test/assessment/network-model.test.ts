// content-model §6: the governance network model from act_cso_role and act_higher_levels.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { assessWith } from './helpers';

describe('network model (§6)', () => {
  it.each([
    ['none', 'none', 'classic'],
    ['marginal', 'marginal', 'classic'],
    ['substantial', 'marginal', 'multi_actor'],
    ['central', 'none', 'multi_actor'],
    ['marginal', 'substantial', 'multi_level'],
    ['none', 'central', 'multi_level'],
    ['substantial', 'central', 'hybrid'],
    ['central', 'substantial', 'hybrid'],
  ])('act_cso_role %s, act_higher_levels %s → %s', (cso, levels, model) => {
    expect(assessWith({ act_cso_role: cso, act_higher_levels: levels }).networkModel.id).toBe(model);
  });

  it.each([
    [{ act_cso_role: 'dont_know' }],
    [{ act_higher_levels: 'dont_know' }],
    [{ act_cso_role: undefined }],
    [{ act_higher_levels: undefined }],
  ])('is null when a deciding answer is absent or dont_know: %j', (overrides) => {
    expect(assessWith(overrides).networkModel.id).toBeNull();
  });

  it('keeps the object shape with no answers at all', () => {
    expect(assess({}).networkModel).toEqual({ id: null, contributions: [] });
  });

  it('ignores the actor-type lists', () => {
    const a = assessWith({
      act_cso_role: 'none',
      act_higher_levels: 'none',
      act_actor_types_own: ['schools', 'private_companies'],
    });
    expect(a.networkModel.id).toBe('classic');
  });

  it('names the two deciding answers as its contributions', () => {
    expect(
      assessWith({ act_cso_role: 'central', act_higher_levels: 'marginal' }).networkModel.contributions,
    ).toEqual([
      { question: 'act_cso_role', value: 'central', itemScore: 100, weight: 1 },
      { question: 'act_higher_levels', value: 'marginal', itemScore: 33, weight: 1 },
    ]);
  });
});
