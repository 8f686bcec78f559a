// content-model §5.1: item scores, observed through assess() as the contribution of one answer.
import { describe, expect, it } from 'vitest';
import { dimension, indicator, assessWith, itemScoreIn } from './helpers';

describe('likert5 items (§5.1)', () => {
  it.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4, 75],
    [5, 100],
  ])('scores %s as %s', (value, expected) => {
    const a = assessWith({ cond_professional_similarity: value });
    expect(itemScoreIn(dimension(a, 'similarity'), 'cond_professional_similarity')).toBe(expected);
  });

  it.each([
    ['cond_difference_barrier', 'difference'],
    ['cond_donor_recipient', 'equality'],
  ] as const)('scores the reverse item %s from 100 down to 0', (question, dim) => {
    const scores = [1, 2, 3, 4, 5].map((v) =>
      itemScoreIn(dimension(assessWith({ [question]: v }), dim), question),
    );
    expect(scores).toEqual([100, 75, 50, 25, 0]);
  });

  it('gives "unsure" no score, but lists it as answered', () => {
    const a = assessWith({ cond_professional_similarity: 'unsure' });
    expect(dimension(a, 'similarity').contributions).toContainEqual({
      question: 'cond_professional_similarity',
      value: 'unsure',
      itemScore: null,
      weight: 2,
    });
  });
});

describe('yes_no_unsure items (§5.1)', () => {
  it.each([
    ['yes', 100],
    ['no', 0],
    ['unsure', null],
  ])('act_city_networks %s → %s', (value, expected) => {
    expect(
      itemScoreIn(indicator(assessWith({ act_city_networks: value }), 'ownership'), 'act_city_networks'),
    ).toBe(expected);
  });

  it.each([
    ['yes', 0],
    ['no', 100],
    ['unsure', null],
  ])('the reverse item act_cso_initiatives_stalled %s → %s', (value, expected) => {
    const a = assessWith({ act_cso_initiatives_stalled: value });
    expect(itemScoreIn(indicator(a, 'civil_society_support'), 'act_cso_initiatives_stalled')).toBe(expected);
  });
});

describe('single-choice tables (§5.1)', () => {
  it.each([
    ['obj_learning_goals', 'objectives_clarity', { written: 100, discussed: 50, none: 0 }],
    [
      'obj_learning_direction',
      'reciprocity',
      { both_sides: 100, mainly_partner: 25, mainly_own: 25, not_discussed: 0 },
    ],
    [
      'act_cso_role',
      'actor_diversity',
      { central: 100, substantial: 67, marginal: 33, none: 0, dont_know: null },
    ],
    [
      'act_higher_levels',
      'broader_networks',
      { central: 100, substantial: 67, marginal: 33, none: 0, dont_know: null },
    ],
    ['act_key_persons', 'institutionalisation', { broad: 100, small_group: 50, one_or_two: 0 }],
    ['tl_migrants_involved', 'translocal_use', { many: 100, several: 67, few_staff: 33, none: 0 }],
    [
      'ex_visits_both_ways',
      'reciprocity',
      { both_directions: 100, mainly_outgoing: 50, mainly_incoming: 50, no_visits: 0 },
    ],
  ] as const)('%s in %s', (question, ind, table) => {
    for (const [option, expected] of Object.entries(table))
      expect(itemScoreIn(indicator(assessWith({ [question]: option }), ind), question), option).toBe(
        expected,
      );
  });

  it.each([
    ['ex_continuity', 'trust', { multi_year_plan: 100, annual_plan: 67, ad_hoc: 33, one_off: 0 }],
  ] as const)('%s in %s', (question, dim, table) => {
    for (const [option, expected] of Object.entries(table))
      expect(itemScoreIn(dimension(assessWith({ [question]: option }), dim), question), option).toBe(
        expected,
      );
  });
});

describe('multi items: count(S; c) and has(o) (§5.1)', () => {
  it.each([
    [[], 0],
    [['field_visits'], 0],
    [['peer_to_peer'], 50],
    [['on_the_job', 'field_visits'], 50],
    [['peer_to_peer', 'on_the_job'], 100],
  ])('PEER (cap 2): ex_methods %j → %s', (value, expected) => {
    expect(itemScoreIn(dimension(assessWith({ ex_methods: value }), 'similarity'), 'ex_methods')).toBe(
      expected,
    );
  });

  it.each([
    [['other'], 0],
    [['schools'], 25],
    [['schools', 'other'], 25],
    [['schools', 'elected_officials'], 50],
    [['schools', 'elected_officials', 'private_companies'], 75],
    [['schools', 'elected_officials', 'private_companies', 'individual_residents'], 100],
    [
      ['schools', 'elected_officials', 'private_companies', 'individual_residents', 'migrant_organisations'],
      100,
    ],
  ])('ACTORS (cap 4, without other): %j → %s', (value, expected) => {
    const a = assessWith({ act_actor_types_partner: value });
    expect(itemScoreIn(indicator(a, 'actor_diversity'), 'act_actor_types_partner')).toBe(expected);
  });

  it.each([
    [['volunteer'], 33],
    [['volunteer', 'expert'], 67],
    [['volunteer', 'expert', 'initiator'], 100],
    [['volunteer', 'expert', 'initiator', 'interpreter'], 100],
  ])('ROLES (cap 3): %j → %s', (value, expected) => {
    expect(
      itemScoreIn(dimension(assessWith({ tl_migrant_roles: value }), 'translocal'), 'tl_migrant_roles'),
    ).toBe(expected);
  });

  it.each([
    [[], 0],
    [['co_development'], 50],
    [['co_development', 'mutual_understanding'], 100],
    [['co_development', 'mutual_understanding', 'integration_cohesion'], 100],
  ])('THEMES (cap 2): %j → %s, [] meaning none scores 0', (value, expected) => {
    const a = assessWith({ tl_translocal_themes: value });
    expect(itemScoreIn(dimension(a, 'translocal'), 'tl_translocal_themes')).toBe(expected);
  });

  it.each([
    [[], 0],
    [['dispositional'], 33],
    [['dispositional', 'cultural_diversity'], 67],
    [['dispositional', 'cultural_diversity', 'transnational_issues', 'reflection_own_work'], 100],
  ])('FORMS (cap 3): %j → %s', (value, expected) => {
    expect(itemScoreIn(indicator(assessWith({ learn_forms: value }), 'mutual_learning'), 'learn_forms')).toBe(
      expected,
    );
  });

  it.each([
    [['municipal_departments'], 0],
    [['municipal_departments', 'migrant_organisations'], 100],
  ])('has(migrant_organisations) in translocal_use: %j → %s', (value, expected) => {
    const a = assessWith({ act_actor_types_own: value });
    expect(itemScoreIn(indicator(a, 'translocal_use'), 'act_actor_types_own')).toBe(expected);
  });
});

describe('number: profile_partnership_years (§5.1)', () => {
  it.each([
    [0, 0],
    [0.9, 0],
    [3.9, 30],
    [9.99, 90],
    [10, 100],
    [42, 100],
  ])('%s years → %s (completed years, 10 or more → 100)', (years, expected) => {
    const a = assessWith({ profile_partnership_years: years });
    expect(itemScoreIn(dimension(a, 'trust'), 'profile_partnership_years')).toBe(expected);
  });
});

describe('free text (§1.3)', () => {
  it('never contributes to any score', () => {
    const a = assessWith({});
    const questions = [...a.dimensions, ...a.indicators].flatMap((e) =>
      e.contributions.map((c) => c.question),
    );
    expect(questions).not.toContain('obj_objectives_text');
    expect(questions).not.toContain('out_lessons_text');
  });
});
