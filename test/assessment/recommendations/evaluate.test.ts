// content-model §7.1: priority, evidence, the recommendation's triggers and the output order.
import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_IDS, type Priority, type RecommendationId } from '../../../src/catalogue/ids';
import {
  compareRecommendations,
  orderRecommendations,
  type OrderedRecommendation,
} from '../../../src/assessment/recommendations/evaluate';
import { assess } from '../../../src/assessment/assess';
import { assessWith, dimension, recommendation } from '../helpers';

describe('priority (§7.1.3)', () => {
  it('is high with three triggered actions even when no linked score is low', () => {
    const a = assessWith({ obj_expectations_realistic: 2, cond_capacity: 2, out_continuation: 'uncertain' });
    const r5 = recommendation(a, 'R5');
    expect(r5.actions).toHaveLength(3);
    // trust 88, facilitation (75·3 + 25)/4 = 62.5 → 63, objectives_clarity (75·2 + 100 + 25)/4 = 68.75 → 69
    expect(r5.linkedScores.map((l) => l.score)).toEqual([88, 63, 69]);
    expect(r5.priority).toBe('high');
  });

  it('is medium with one action and no low linked score', () => {
    expect(recommendation(assessWith({ act_city_networks: 'no' }), 'R6').priority).toBe('medium');
  });

  it('is high with one action and a low linked score', () => {
    // ownership = (25·2 + 0) / 3 = 17 < 40; two actions fire
    const r6 = recommendation(assessWith({ obj_own_agenda: 2, act_city_networks: 'no' }), 'R6');
    expect(r6).toMatchObject({ priority: 'high' });
    expect(r6.linkedScores).toContainEqual({ kind: 'indicator', id: 'ownership', score: 17, low: true });
  });

  it('stays low when a linked score is low but no action fires', () => {
    // objectives_clarity = (50·2 + 0 + 50) / 4 = 37.5 → 38, but 3 and 3 fire no R5 action
    const a = assessWith({
      obj_objectives_clear: 3,
      obj_learning_goals: 'none',
      obj_expectations_realistic: 3,
    });
    const r5 = recommendation(a, 'R5');
    expect(r5.linkedScores).toContainEqual({
      kind: 'indicator',
      id: 'objectives_clarity',
      score: 38,
      low: true,
    });
    expect(r5).toMatchObject({ priority: 'low', actions: [] });
  });

  it('is not raised by a linked score of exactly 40, and is raised by 39', () => {
    // trust = (25·2 + 100 + 10) / 4 = 40; cond_trust_continuity 2 fires R5_commit_long_term
    const at40 = assessWith({
      cond_trust_continuity: 2,
      ex_continuity: 'multi_year_plan',
      profile_partnership_years: 1,
    });
    expect(dimension(at40, 'trust').score).toBe(40);
    expect(recommendation(at40, 'R5')).toMatchObject({
      priority: 'medium',
      actions: [{ id: 'R5_commit_long_term' }],
    });
    // trust = (25·2 + 67 + 40) / 4 = 39.25 → 39
    const at39 = assessWith({
      cond_trust_continuity: 2,
      ex_continuity: 'annual_plan',
      profile_partnership_years: 4,
    });
    expect(dimension(at39, 'trust').score).toBe(39);
    expect(recommendation(at39, 'R5')).toMatchObject({
      priority: 'high',
      actions: [{ id: 'R5_commit_long_term' }],
    });
  });

  it('does not count a null linked score as low', () => {
    // facilitation, trust, objectives_clarity all null; one action fires → medium
    const a = assess({ cond_capacity: 1 });
    const r5 = recommendation(a, 'R5');
    expect(r5.linkedScores.map((l) => l.score)).toEqual([null, null, null]);
    expect(r5.priority).toBe('medium');
  });

  it('lists the linked scores of §7.2 with kind, id and score', () => {
    expect(recommendation(assessWith(), 'R1').linkedScores.map((l) => `${l.kind}:${l.id}`)).toEqual([
      'dimension:equality',
      'dimension:difference',
      'indicator:reciprocity',
      'indicator:mutual_learning',
    ]);
  });

  it('does not raise the priority on a low score that rests on one scored item (v2 §2.3)', () => {
    // ownership: act_city_networks unsure, so obj_own_agenda 2 alone gives 25 < 40 on ONE item.
    const one = recommendation(assessWith({ obj_own_agenda: 2, act_city_networks: 'unsure' }), 'R6');
    expect(one.linkedScores).toContainEqual({ kind: 'indicator', id: 'ownership', score: 25, low: false });
    expect(one).toMatchObject({ priority: 'medium', actions: [{ id: 'R6_shape_own_agenda' }] });
    // With the second item scored (networks yes → 100) the score is (25·2 + 100)/3 = 50: not low
    // either; with networks no it is 17 on two items, and low.
    const two = recommendation(assessWith({ obj_own_agenda: 2, act_city_networks: 'no' }), 'R6');
    expect(two.linkedScores).toContainEqual({ kind: 'indicator', id: 'ownership', score: 17, low: true });
    expect(two.priority).toBe('high');
  });

  it('counts learn_both as one item for the two-item rule (v2 §2.3)', () => {
    // mutual_learning on learn_both alone: forms and recognised unsure/unanswered → one item.
    const a = assessWith({
      learn_own_extent: 1,
      learn_partner_extent: 1,
      learn_forms: undefined,
      learn_recognised: 'unsure',
    });
    const ml = recommendation(a, 'R1').linkedScores.find((l) => l.id === 'mutual_learning');
    expect(ml).toEqual({ kind: 'indicator', id: 'mutual_learning', score: 0, low: false });
  });
});

describe('triggers (§7.1.4)', () => {
  it('is the union of the actions’ triggers in catalogue order, without duplicates', () => {
    const a = assessWith({
      out_internal_dissemination: 2,
      act_actor_types_own: ['schools'],
      act_key_persons: 'one_or_two',
    });
    const r2 = recommendation(a, 'R2');
    expect(r2.actions).toEqual([
      { id: 'R2_disseminate_internally', triggers: ['act_key_persons', 'out_internal_dissemination'] },
      {
        id: 'R2_engage_knowledge_institutions',
        triggers: ['act_actor_types_own', 'out_internal_dissemination'],
      },
    ]);
    expect(r2.triggers).toEqual(['act_actor_types_own', 'act_key_persons', 'out_internal_dissemination']);
  });

  it('lists actions in the order of §7.2, not in the order they were found', () => {
    const r5 = recommendation(assessWith({ ex_continuity: 'one_off', obj_objectives_clear: 1 }), 'R5');
    expect(r5.actions.map((x) => x.id)).toEqual(['R5_set_clear_objectives', 'R5_commit_long_term']);
  });
});

describe('evidence (§7.1.6)', () => {
  it('is 1 when every referenced applicable question has a real answer', () => {
    expect(recommendation(assessWith(), 'R1').evidence).toBe(1);
  });

  it('counts "unsure" as not answered: R4 with one of six unsure → 0.83', () => {
    // v2 §3: R4 names eight questions; profile_side and profile_role are not evidence.
    expect(recommendation(assessWith({ act_cso_initiatives_stalled: 'unsure' }), 'R4').evidence).toBe(0.83);
  });

  it('never counts who answers (profile_*) as evidence (v2 §3)', () => {
    const without = recommendation(assessWith({ profile_role: undefined, profile_side: undefined }), 'R4');
    expect(without.evidence).toBe(1);
  });

  it('counts only applicable questions: R4 without NGOs rests on four questions', () => {
    // act_municipal_support_cso and act_cso_initiatives_stalled are hidden.
    expect(recommendation(assessWith({ act_cso_role: 'none' }), 'R4').evidence).toBe(1);
    expect(
      recommendation(assessWith({ act_cso_role: 'none', out_interfaces_strengthened: 'unsure' }), 'R4')
        .evidence,
    ).toBe(0.75);
  });

  it('counts dont_know as not answered and rounds half up', () => {
    // R2 references 7 questions; act_higher_levels dont_know → 6/7 = 0.857 → 0.86
    expect(recommendation(assessWith({ act_higher_levels: 'dont_know' }), 'R2').evidence).toBe(0.86);
  });

  it('is null exactly when not applicable', () => {
    const a = assessWith({ tl_diaspora_link: 'none', tl_migrants_involved: 'none' });
    for (const r of a.recommendations) expect(r.evidence === null).toBe(r.priority === 'not_applicable');
  });
});

describe('order (§7.1.5, content-model-v2 §2.4)', () => {
  it('lists high before medium before low before not_applicable, ties in R order', () => {
    const a = assessWith({
      tl_diaspora_link: 'none',
      tl_migrants_involved: 'none', // R7 not applicable
      act_city_networks: 'no', // R6 medium
      out_interfaces_strengthened: 1, // R4 medium
      obj_own_agenda: 2,
      ex_peer_contact: 1,
      ex_methods: ['field_visits'],
      cond_power_equality: 1, // R3 high (3 actions)
    });
    expect(a.recommendations.map((r) => `${r.id}:${r.priority}`)).toEqual([
      'R3:high',
      'R6:high',
      'R4:medium',
      'R1:low',
      'R2:low',
      'R5:low',
      'R7:not_applicable',
    ]);
  });

  // content-model-v2 §2.4, as a table: (priority, triggered actions, linked scores) per side.
  const rec = (
    id: RecommendationId,
    priority: Priority,
    triggered: number,
    linked: (number | null)[],
  ): OrderedRecommendation => ({
    id,
    priority,
    actions: Array.from({ length: triggered }, () => ({})),
    linkedScores: linked.map((score) => ({ score })),
  });
  it.each([
    ['priority first', rec('R7', 'high', 1, [90]), rec('R1', 'medium', 4, [10])],
    ['larger share first: 3 of 4 before 2 of 3', rec('R2', 'high', 3, [90]), rec('R3', 'high', 2, [10])],
    [
      'equal share, then the lower lowest linked score',
      rec('R7', 'medium', 2, [39]),
      rec('R4', 'medium', 2, [55]),
    ],
    [
      'a null linked score is skipped, not taken as 0',
      rec('R5', 'low', 0, [null, 60]),
      rec('R6', 'low', 0, [70]),
    ],
    ['no linked score at all comes after one', rec('R6', 'low', 0, [99]), rec('R5', 'low', 0, [null])],
    ['all equal: R order', rec('R4', 'medium', 1, [50]), rec('R5', 'medium', 1, [50])],
  ])('%s', (_, first, second) => {
    expect(compareRecommendations(first, second)).toBeLessThan(0);
    expect(compareRecommendations(second, first)).toBeGreaterThan(0);
    expect(orderRecommendations([second, first])).toEqual([first, second]);
  });

  it('compares shares as exact fractions: 1 of 3 (R3) before 1 of 4 (R1), 2 of 4 equals 2 of 4', () => {
    expect(compareRecommendations(rec('R3', 'medium', 1, [90]), rec('R1', 'medium', 1, [10]))).toBeLessThan(
      0,
    );
    expect(
      compareRecommendations(rec('R4', 'medium', 2, [60]), rec('R1', 'medium', 2, [60])),
    ).toBeGreaterThan(0);
  });

  it('always lists all seven, once each', () => {
    expect(assess({}).recommendations.map((r) => r.id)).toEqual([...RECOMMENDATION_IDS]);
  });
});
