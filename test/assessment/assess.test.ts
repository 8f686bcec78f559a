// content-model §10 (worked examples) and §11 (invariants), through assess(), with the values of
// catalogue "2" (content-model-v2 §6). The values that changed from v1 are worked out by hand in
// the comments, from the rules (v2 §2–§3), not copied from the program's output.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { CATALOGUE_VERSION } from '../../src/catalogue/catalogue';
import { assessmentSchema, type Assessment } from '../../src/assessment/schema';
import { exampleAnswers } from './examples';
import { assessWith, dimension, indicator, recommendation } from './helpers';

const scores = (list: readonly { id: string; score: number | null }[]) =>
  Object.fromEntries(list.map((x) => [x.id, x.score]));
const actionsOf = (a: Assessment, id: Parameters<typeof recommendation>[1]) =>
  recommendation(a, id).actions.map((x) => x.id);
const order = (a: Assessment) => a.recommendations.map((r) => r.id);

describe('worked example A: Lindestad (§10.1)', () => {
  const a = assess(exampleAnswers('A'));

  it('is multi_actor with the stated scores and full coverage', () => {
    expect(assessmentSchema.parse(a)).toEqual(a);
    expect(a.networkModel.id).toBe('multi_actor');
    expect(scores(a.dimensions)).toEqual({
      similarity: 30,
      difference: 71,
      resources: 45,
      trust: 71,
      equality: 54,
      // v2 §2.1: the link is no longer scored. (67 + 100 + 75 + 100·2)/5 = 88.4 (v1: 90).
      translocal: 88,
    });
    expect(a.dimensions.every((d) => d.coverage === 1)).toBe(true);
    expect(scores(a.indicators)).toEqual({
      objectives_clarity: 56,
      reciprocity: 50,
      actor_diversity: 100,
      peer_exchange: 17,
      facilitation: 56,
      institutionalisation: 19,
      broader_networks: 32,
      translocal_use: 83,
      civil_society_support: 55,
      public_support: 38,
      ownership: 83,
      // v2 §2.2: learn_both = min(50, 75) = 50. (50·4 + 67 + 25)/6 = 48.67 (v1: 57).
      mutual_learning: 49,
    });
    expect(a.learningBalance).toEqual({ own: 50, partner: 75, gap: -25, oneWay: false });
    // v2 §1: two questions more, neither answered in a v1 file.
    expect(a.coverage).toEqual({ answered: 60, applicable: 62 });
  });

  it('gives the stated recommendations, actions and order', () => {
    expect(recommendation(a, 'R1')).toMatchObject({
      priority: 'high',
      actions: [
        { id: 'R1_learn_in_both_directions', triggers: ['obj_learning_direction'] },
        { id: 'R1_align_agendas', triggers: ['obj_programme_fit'] },
        { id: 'R1_seek_and_recognise_learning', triggers: ['learn_recognised'] },
      ],
    });
    expect(recommendation(a, 'R2').priority).toBe('high');
    expect(actionsOf(a, 'R2')).toEqual([
      'R2_disseminate_internally',
      'R2_disseminate_externally',
      'R2_engage_knowledge_institutions',
      'R2_involve_higher_levels',
    ]);
    expect(recommendation(a, 'R3')).toMatchObject({
      priority: 'high',
      triggers: ['ex_methods', 'ex_peer_contact'],
    });
    expect(actionsOf(a, 'R3')).toEqual(['R3_connect_peers', 'R3_exchange_in_daily_work']);
    expect(recommendation(a, 'R4')).toMatchObject({
      priority: 'medium',
      actions: [
        { id: 'R4_sustain_initiatives', triggers: ['act_cso_initiatives_stalled'] },
        // v2 §3: destination side, CSOs on the partner's side, initiatives stalled.
        {
          id: 'R4_support_partner_initiatives',
          triggers: ['profile_side', 'act_actor_types_partner', 'act_cso_initiatives_stalled'],
        },
      ],
    });
    expect(recommendation(a, 'R5')).toMatchObject({
      priority: 'medium',
      actions: [
        // v2 §3: no_budget among the barriers.
        { id: 'R5_invest_capacity', triggers: ['learn_application_barriers'] },
        { id: 'R5_commit_long_term', triggers: ['ex_continuity', 'out_continuation'] },
      ],
    });
    expect(recommendation(a, 'R7')).toMatchObject({
      priority: 'medium',
      actions: [
        { id: 'R7_inform_public' },
        // v2 §3: interpreters and intermediaries, and little direct contact between colleagues.
        { id: 'R7_keep_colleagues_in_contact', triggers: ['tl_migrant_roles', 'ex_peer_contact'] },
      ],
    });
    expect(recommendation(a, 'R6')).toMatchObject({ priority: 'low', actions: [] });
    // v2 §2.4: high by share of action points: R2 4/4, R1 3/4, R3 2/3. Medium all 2/4, then the
    // lowest linked score: R4 55, R5 56 (facilitation), R7 83.
    expect(order(a)).toEqual(['R2', 'R1', 'R3', 'R4', 'R5', 'R7', 'R6']);
  });
});

describe('worked example B: Havenstad (§10.2)', () => {
  const a = assess(exampleAnswers('B'));

  it('is classic with the stated scores; three CSO questions hidden, two texts unanswered', () => {
    expect(a.networkModel.id).toBe('classic');
    expect(a.coverage).toEqual({ answered: 55, applicable: 59 });
    expect(scores(a.dimensions)).toEqual({
      similarity: 80,
      difference: 29,
      resources: 30,
      trust: 88,
      equality: 33,
      // (33 + 33 + 25 + 0·2)/5 = 18.2 (v1: 26).
      translocal: 18,
    });
    expect(scores(a.indicators)).toEqual({
      objectives_clarity: 56,
      reciprocity: 38,
      actor_diversity: 17,
      peer_exchange: 83,
      facilitation: 63,
      institutionalisation: 25,
      broader_networks: 47,
      translocal_use: 23,
      civil_society_support: 0,
      public_support: 38,
      ownership: 67,
      // learn_both = min(25, 100) = 25. (25·4 + 33 + 0)/6 = 22.17 (v1: 47).
      mutual_learning: 22,
    });
    expect(a.learningBalance).toEqual({ own: 25, partner: 100, gap: -75, oneWay: true });
    expect(indicator(a, 'civil_society_support').coverage).toBe(1);
  });

  it('gives the stated recommendations, actions and order', () => {
    expect(recommendation(a, 'R1')).toMatchObject({ priority: 'high' });
    expect(actionsOf(a, 'R1')).toHaveLength(4);
    expect(recommendation(a, 'R2').priority).toBe('high');
    expect(actionsOf(a, 'R2')).toEqual([
      'R2_disseminate_internally',
      'R2_engage_knowledge_institutions',
      'R2_involve_higher_levels',
    ]);
    // v2 §2.3: civil_society_support 0 rests on one scored item only, so it is not low (v1: high).
    expect(recommendation(a, 'R4')).toMatchObject({
      priority: 'medium',
      actions: [{ id: 'R4_strengthen_interfaces', triggers: ['out_interfaces_strengthened'] }],
      linkedScores: [{ id: 'civil_society_support', score: 0, low: false }],
    });
    expect(recommendation(a, 'R7').priority).toBe('high');
    expect(recommendation(a, 'R7').actions).toEqual([
      { id: 'R7_inform_public', triggers: ['tl_public_informed'] },
      {
        id: 'R7_involve_more_migrants',
        triggers: ['act_actor_types_own', 'act_actor_types_partner', 'tl_migrants_involved'],
      },
      { id: 'R7_draw_on_knowledge_networks', triggers: ['tl_migrant_roles', 'tl_networks_used'] },
    ]);
    expect(recommendation(a, 'R3')).toMatchObject({
      priority: 'medium',
      actions: [
        {
          id: 'R3_foster_equal_exchange',
          triggers: ['cond_openness_to_learn', 'cond_knowledge_valued', 'cond_donor_recipient'],
        },
      ],
    });
    expect(recommendation(a, 'R5').priority).toBe('low');
    expect(recommendation(a, 'R6').priority).toBe('low');
    // v2 §2.4: R1 4/4; R7 and R2 3/4, then R7's translocal_use 23 before R2's institutionalisation
    // 25. Medium: R3 1/3 before R4 1/4. Low: R6 (public_support 38) before R5 (objectives_clarity 56).
    expect(order(a)).toEqual(['R1', 'R7', 'R2', 'R3', 'R4', 'R6', 'R5']);
  });
});

describe('worked example C: Körfezkent (§10.3)', () => {
  const a = assess(exampleAnswers('C'));

  it('is multi_level with the stated scores and coverage', () => {
    expect(a.networkModel.id).toBe('multi_level');
    expect(a.coverage).toEqual({ answered: 60, applicable: 62 });
    expect(scores(a.dimensions)).toEqual({
      similarity: 100,
      difference: 83,
      resources: 50,
      trust: 98,
      equality: 42,
      // (33 + 67 + 50 + 50·2)/5 = 50 (v1: 44).
      translocal: 50,
    });
    expect(scores(a.indicators)).toEqual({
      objectives_clarity: 75,
      reciprocity: 69,
      actor_diversity: 36,
      peer_exchange: 100,
      facilitation: 31,
      institutionalisation: 75,
      broader_networks: 78,
      translocal_use: 40,
      civil_society_support: 44,
      public_support: 63,
      ownership: 67,
      // learn_both = min(100, 25) = 25. (25·4 + 100 + 75)/6 = 45.83 (v1: 71).
      mutual_learning: 46,
    });
    expect(a.learningBalance).toEqual({ own: 100, partner: 25, gap: 75, oneWay: true });
    expect(indicator(a, 'civil_society_support').coverage).toBe(0.75);
    expect(dimension(a, 'resources').coverage).toBe(1);
  });

  it('gives the stated recommendations, actions and order', () => {
    expect(recommendation(a, 'R5')).toMatchObject({
      priority: 'high',
      actions: [
        // v2 §3: no_budget among the barriers as well (learning comes before conditions).
        { id: 'R5_invest_capacity', triggers: ['learn_application_barriers', 'cond_capacity'] },
        { id: 'R5_prepare_and_bridge', triggers: ['ex_barriers_bridged', 'cond_context_knowledge'] },
        { id: 'R5_commit_long_term', triggers: ['out_continuation'] },
      ],
    });
    expect(recommendation(a, 'R1')).toMatchObject({
      priority: 'medium',
      // v2 §3: also own learning 5 against the partner's 2.
      actions: [
        {
          id: 'R1_learn_in_both_directions',
          triggers: ['obj_learning_direction', 'learn_own_extent', 'learn_partner_extent'],
        },
      ],
    });
    expect(recommendation(a, 'R3')).toMatchObject({
      priority: 'medium',
      actions: [{ id: 'R3_foster_equal_exchange', triggers: ['cond_donor_recipient'] }],
    });
    expect(recommendation(a, 'R7')).toMatchObject({
      priority: 'medium',
      actions: [
        {
          id: 'R7_involve_more_migrants',
          triggers: ['act_actor_types_own', 'act_actor_types_partner', 'tl_migrants_involved'],
        },
      ],
    });
    expect(recommendation(a, 'R2')).toMatchObject({ priority: 'low', actions: [] });
    // v2 §3: profile_role and profile_side are not evidence; of the six other questions, four
    // carry a real answer ("unsure" and the unanswered obj_partner_objectives do not).
    expect(recommendation(a, 'R4')).toMatchObject({ priority: 'low', evidence: 0.67 });
    expect(recommendation(a, 'R6').priority).toBe('low');
    // v2 §2.4: medium R3 1/3; R7 and R1 1/4, then translocal_use 40 before equality 42. Low by
    // lowest linked score: R4 44, R6 63, R2 75.
    expect(order(a)).toEqual(['R5', 'R3', 'R7', 'R1', 'R4', 'R6', 'R2']);
  });
});

describe('§11 invariants', () => {
  it('assess({}) is empty: null scores, coverage 0, no model, seven low recommendations, 0 of 55', () => {
    const a = assess({});
    for (const e of [...a.dimensions, ...a.indicators]) expect(e).toMatchObject({ score: null, coverage: 0 });
    expect(a.networkModel.id).toBeNull();
    expect(a.recommendations).toHaveLength(7);
    for (const r of a.recommendations)
      expect(r).toMatchObject({ priority: 'low', evidence: 0, actions: [], triggers: [] });
    expect(a.coverage).toEqual({ answered: 0, applicable: 55 });
    expect(a.catalogueVersion).toBe(CATALOGUE_VERSION);
    expect(a.learningBalance).toEqual({ own: null, partner: null, gap: null, oneWay: false });
  });

  it('ignores an answer to a hidden question: obj_programme_fit with no support programme', () => {
    const without = assessWith({ obj_support_programme: 'never', obj_programme_fit: undefined });
    const withHidden = assessWith({ obj_support_programme: 'never', obj_programme_fit: 1 });
    expect(withHidden).toEqual(without);
  });

  it('ignores answers behind a false CSO_INVOLVED and LINKED', () => {
    const hidden = {
      act_municipal_support_cso: 1,
      act_cso_initiatives_stalled: 'yes',
      out_cso_strengthened: 1,
      tl_translocal_themes: [],
    };
    const base = { act_cso_role: 'none', tl_diaspora_link: 'none' } as const;
    const cleared = {
      act_municipal_support_cso: undefined,
      act_cso_initiatives_stalled: undefined,
      out_cso_strengthened: undefined,
      tl_translocal_themes: undefined,
    };
    expect(assessWith({ ...base, ...hidden })).toEqual(assessWith({ ...base, ...cleared }));
  });

  it.each([
    ['cond_difference_barrier', 'difference'],
    ['cond_donor_recipient', 'equality'],
  ] as const)('raising agreement with the reverse item %s never raises %s', (q, dim) => {
    const s = [1, 2, 3, 4, 5].map((v) => dimension(assessWith({ [q]: v }), dim).score ?? -1);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(s[i - 1] ?? 0);
    expect(s[4]).toBeLessThan(s[0] ?? 0);
  });

  it('a "yes" to the reverse act_cso_initiatives_stalled never raises civil_society_support', () => {
    const yes =
      indicator(assessWith({ act_cso_initiatives_stalled: 'yes' }), 'civil_society_support').score ?? -1;
    const no =
      indicator(assessWith({ act_cso_initiatives_stalled: 'no' }), 'civil_society_support').score ?? -1;
    expect(yes).toBeLessThan(no);
  });

  it('rounds a score of exactly .5 up (62.5 → 63)', () => {
    expect(
      indicator(assessWith({ tl_public_informed: 4, out_political_support: 3 }), 'public_support').score,
    ).toBe(63);
  });

  it('keeps every recommendation’s triggers empty exactly when its actions are empty, every action naming a question', () => {
    for (const key of ['A', 'B', 'C'] as const)
      for (const r of assess(exampleAnswers(key)).recommendations) {
        expect(r.triggers.length === 0).toBe(r.actions.length === 0);
        for (const x of r.actions) expect(x.triggers.length).toBeGreaterThan(0);
      }
  });

  it('counts "unsure", dont_know and text as answered in the session coverage', () => {
    const a = assess({ cond_capacity: 'unsure', act_cso_role: 'dont_know', obj_objectives_text: 'Aim' });
    expect(a.coverage).toEqual({ answered: 3, applicable: 55 });
  });

  it('does not count a hidden answer in the session coverage, and counts newly shown questions', () => {
    expect(assess({ obj_programme_fit: 3 }).coverage).toEqual({ answered: 0, applicable: 55 });
    expect(assess({ obj_support_programme: 'ended', obj_programme_fit: 3 }).coverage).toEqual({
      answered: 2,
      applicable: 56,
    });
  });

  it('does not mutate its input', () => {
    const answers = exampleAnswers('A');
    const copy = structuredClone(answers);
    assess(answers);
    expect(answers).toEqual(copy);
  });
});
