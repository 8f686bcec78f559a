// content-model §5.4: each indicator's items and weights, checked with hand-computed means.
import { describe, expect, it } from 'vitest';
import type { IndicatorId } from '../../src/catalogue/ids';
import { INDICATOR_IDS } from '../../src/catalogue/ids';
import { assess } from '../../src/assessment/assess';
import type { AnswerOverrides } from '../fixtures/answers';
import { assessWith, indicator } from './helpers';

const CASES: [IndicatorId, AnswerOverrides, number, number][] = [
  // (25·2 + 50 + 100) / 4 = 50
  [
    'objectives_clarity',
    { obj_objectives_clear: 2, obj_learning_goals: 'discussed', obj_expectations_realistic: 5 },
    50,
    1,
  ],
  // (25 + 50 + 0 + 50) / 4 = 31.25 → 31
  [
    'reciprocity',
    {
      obj_learning_direction: 'mainly_own',
      obj_agenda_serves_both: 3,
      obj_programme_fit: 1,
      ex_visits_both_ways: 'mainly_incoming',
    },
    31,
    1,
  ],
  // (100 + 0 + 33) / 3 = 44.33 → 44
  [
    'actor_diversity',
    {
      act_actor_types_own: [
        'schools',
        'elected_officials',
        'private_companies',
        'individual_residents',
        'other',
      ],
      act_actor_types_partner: ['other'],
      act_cso_role: 'marginal',
    },
    44,
    1,
  ],
  // (50·2 + 50) / 3 = 50
  ['peer_exchange', { ex_peer_contact: 3, ex_methods: ['on_the_job', 'field_visits'] }, 50, 1],
  // (0 + 25 + 100 + 75) / 4 = 50
  [
    'facilitation',
    { ex_preparation: 1, ex_barriers_bridged: 2, cond_context_knowledge: 5, cond_capacity: 4 },
    50,
    1,
  ],
  // (100·2 + 100 + 0) / 4 = 75
  [
    'institutionalisation',
    { out_internal_dissemination: 5, act_key_persons: 'broad', out_own_org_strengthened: 1 },
    75,
    1,
  ],
  // (0·2 + 100 + 50 + 0) / 5 = 30
  [
    'broader_networks',
    {
      out_broader_networks: 1,
      act_higher_levels: 'central',
      out_external_dissemination: 3,
      act_city_networks: 'no',
    },
    30,
    1,
  ],
  // (100·2 + 33 + 33 + 0) / 5 = 53.2 → 53
  [
    'translocal_use',
    {
      tl_networks_used: 5,
      tl_migrants_involved: 'few_staff',
      tl_migrant_roles: ['volunteer'],
      act_actor_types_own: ['schools'],
    },
    53,
    1,
  ],
  // (0·2 + 0 (reverse yes) + 100 + 75) / 5 = 35
  [
    'civil_society_support',
    {
      act_municipal_support_cso: 1,
      act_cso_initiatives_stalled: 'yes',
      out_cso_strengthened: 5,
      out_interfaces_strengthened: 4,
    },
    35,
    1,
  ],
  // (75 + 50) / 2 = 62.5 → 63
  ['public_support', { tl_public_informed: 4, out_political_support: 3 }, 63, 1],
  // act_city_networks unsure: 25·2 / 2 = 25, coverage 1 of 2
  ['ownership', { obj_own_agenda: 2, act_city_networks: 'unsure' }, 25, 0.5],
  // content-model-v2 §2.2: learn_both = min(100, 0) = 0. (0·4 + 100 + 50) / 6 = 25
  [
    'mutual_learning',
    {
      learn_own_extent: 5,
      learn_partner_extent: 1,
      learn_forms: ['dispositional', 'cultural_diversity', 'transnational_issues', 'reflection_own_work'],
      learn_recognised: 3,
    },
    25,
    1,
  ],
];

describe('indicators (§5.4)', () => {
  it.each(CASES)('%s is the weighted mean of its items', (id, overrides, score, coverage) => {
    expect(indicator(assessWith(overrides), id)).toMatchObject({ score, coverage });
  });

  it('civil_society_support rests on out_interfaces_strengthened alone when no NGOs take part', () => {
    const a = assessWith({ act_cso_role: 'none', out_interfaces_strengthened: 1 });
    expect(indicator(a, 'civil_society_support')).toMatchObject({ score: 0, coverage: 1 });
  });

  it('lists all twelve in the order of §5.4, even for no answers', () => {
    expect(assess({}).indicators.map((i) => i.id)).toEqual([...INDICATOR_IDS]);
  });
});
