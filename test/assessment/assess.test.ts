// content-model §10 (worked examples) and §11 (invariants), through assess().
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
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
      translocal: 90,
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
      mutual_learning: 57,
    });
    expect(a.coverage).toEqual({ answered: 60, applicable: 60 });
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
      actions: [{ id: 'R4_sustain_initiatives' }],
    });
    expect(recommendation(a, 'R5')).toMatchObject({
      priority: 'medium',
      actions: [{ id: 'R5_commit_long_term', triggers: ['ex_continuity', 'out_continuation'] }],
    });
    expect(recommendation(a, 'R7')).toMatchObject({
      priority: 'medium',
      actions: [{ id: 'R7_inform_public' }],
    });
    expect(recommendation(a, 'R6')).toMatchObject({ priority: 'low', actions: [] });
    expect(order(a)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R7', 'R6']);
  });
});

describe('worked example B: Havenstad (§10.2)', () => {
  const a = assess(exampleAnswers('B'));

  it('is classic with the stated scores; three CSO questions hidden, two texts unanswered', () => {
    expect(a.networkModel.id).toBe('classic');
    expect(a.coverage).toEqual({ answered: 55, applicable: 57 });
    expect(scores(a.dimensions)).toEqual({
      similarity: 80,
      difference: 29,
      resources: 30,
      trust: 88,
      equality: 33,
      translocal: 26,
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
      mutual_learning: 47,
    });
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
    expect(recommendation(a, 'R4')).toMatchObject({
      priority: 'high',
      actions: [{ id: 'R4_strengthen_interfaces', triggers: ['out_interfaces_strengthened'] }],
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
    expect(order(a)).toEqual(['R1', 'R2', 'R4', 'R7', 'R3', 'R5', 'R6']);
  });
});

describe('worked example C: Körfezkent (§10.3)', () => {
  const a = assess(exampleAnswers('C'));

  it('is multi_level with the stated scores and coverage', () => {
    expect(a.networkModel.id).toBe('multi_level');
    expect(a.coverage).toEqual({ answered: 60, applicable: 60 });
    expect(scores(a.dimensions)).toEqual({
      similarity: 100,
      difference: 83,
      resources: 50,
      trust: 98,
      equality: 42,
      translocal: 44,
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
      mutual_learning: 71,
    });
    expect(indicator(a, 'civil_society_support').coverage).toBe(0.75);
    expect(dimension(a, 'resources').coverage).toBe(1);
  });

  it('gives the stated recommendations, actions and order', () => {
    expect(recommendation(a, 'R5')).toMatchObject({
      priority: 'high',
      actions: [
        { id: 'R5_invest_capacity', triggers: ['cond_capacity'] },
        { id: 'R5_prepare_and_bridge', triggers: ['ex_barriers_bridged', 'cond_context_knowledge'] },
        { id: 'R5_commit_long_term', triggers: ['out_continuation'] },
      ],
    });
    expect(recommendation(a, 'R1')).toMatchObject({
      priority: 'medium',
      actions: [{ id: 'R1_learn_in_both_directions' }],
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
    expect(recommendation(a, 'R4')).toMatchObject({ priority: 'low', evidence: 0.67 });
    expect(recommendation(a, 'R6').priority).toBe('low');
    expect(order(a)).toEqual(['R5', 'R1', 'R3', 'R7', 'R2', 'R4', 'R6']);
  });
});

describe('§11 invariants', () => {
  it('assess({}) is empty: null scores, coverage 0, no model, seven low recommendations, 0 of 53', () => {
    const a = assess({});
    for (const e of [...a.dimensions, ...a.indicators]) expect(e).toMatchObject({ score: null, coverage: 0 });
    expect(a.networkModel.id).toBeNull();
    expect(a.recommendations).toHaveLength(7);
    for (const r of a.recommendations)
      expect(r).toMatchObject({ priority: 'low', evidence: 0, actions: [], triggers: [] });
    expect(a.coverage).toEqual({ answered: 0, applicable: 53 });
    expect(a.catalogueVersion).toBe('1');
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
    expect(a.coverage).toEqual({ answered: 3, applicable: 53 });
  });

  it('does not count a hidden answer in the session coverage, and counts newly shown questions', () => {
    expect(assess({ obj_programme_fit: 3 }).coverage).toEqual({ answered: 0, applicable: 53 });
    expect(assess({ obj_support_programme: 'ended', obj_programme_fit: 3 }).coverage).toEqual({
      answered: 2,
      applicable: 54,
    });
  });

  it('does not mutate its input', () => {
    const answers = exampleAnswers('A');
    const copy = structuredClone(answers);
    assess(answers);
    expect(answers).toEqual(copy);
  });
});
