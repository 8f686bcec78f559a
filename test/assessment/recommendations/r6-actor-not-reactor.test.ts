// content-model §7.2, R6 (ch. 10, rec. 6): one case that triggers each action point, one that does not.
import { describe, expect, it } from 'vitest';
import { assessWith, recommendation } from '../helpers';
import { actionPointTests } from './cases';

describe('R6: be an actor, not a re-actor', () => {
  it('is low with no action when nothing points to it', () => {
    expect(recommendation(assessWith(), 'R6')).toMatchObject({ priority: 'low', actions: [] });
  });

  actionPointTests('R6', 'R6_shape_own_agenda', [
    { name: 'the agenda follows others', overrides: { obj_own_agenda: 2 }, triggers: ['obj_own_agenda'] },
    { name: 'own agenda is 3', overrides: { obj_own_agenda: 3 } },
  ]);

  actionPointTests('R6', 'R6_join_city_networks', [
    {
      name: 'the municipality is in no network',
      overrides: { act_city_networks: 'no' },
      triggers: ['act_city_networks'],
    },
    { name: 'the answer is "unsure"', overrides: { act_city_networks: 'unsure' } },
  ]);

  actionPointTests('R6', 'R6_build_political_support', [
    {
      name: 'political support is weak',
      overrides: { out_political_support: 1 },
      triggers: ['out_political_support'],
    },
    { name: 'political support is 3', overrides: { out_political_support: 3 } },
  ]);
});
