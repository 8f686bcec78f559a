// content-model §5.2: coverage, the null rule on exact weight sums, and one half-up rounding.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { assessWith, dimension, indicator } from './helpers';

describe('coverage (§5.2.3)', () => {
  it('is scored ÷ applicable items, rounded half up to two decimals', () => {
    // trust has three items; one "unsure" leaves 2 of 3 scored → 0.666… → 0.67
    expect(dimension(assessWith({ cond_trust_continuity: 'unsure' }), 'trust').coverage).toBe(0.67);
    // two missing → 1 of 3 → 0.33
    expect(
      dimension(assessWith({ cond_trust_continuity: undefined, ex_continuity: undefined }), 'trust').coverage,
    ).toBe(0.33);
  });

  it('counts items, not weights', () => {
    // similarity: the ×2 item unsure, two of three items scored → 0.67 (weights would give 0.6)
    expect(dimension(assessWith({ cond_professional_similarity: 'unsure' }), 'similarity').coverage).toBe(
      0.67,
    );
  });

  it('leaves hidden items out of the applicable count', () => {
    // resources without a support programme: obj_programme_fit is not shown, 4 items remain
    const a = assessWith({ obj_support_programme: 'never', cond_capacity: undefined });
    expect(dimension(a, 'resources').coverage).toBe(0.67);
  });

  it('treats dont_know as answered but not scored', () => {
    const a = assessWith({ act_cso_role: 'dont_know' });
    expect(indicator(a, 'actor_diversity').coverage).toBe(0.67);
  });
});

describe('the null rule (§5.2.4)', () => {
  it('is null when the scored weight is under half of the applicable weight', () => {
    // trust weights 2·1·1 = 4: only ex_continuity (1) scored → 2 < 4 → null
    const a = assessWith({ cond_trust_continuity: 'unsure', profile_partnership_years: undefined });
    expect(dimension(a, 'trust')).toMatchObject({ score: null, coverage: 0.33 });
  });

  it('gives a score at exactly half of the weight', () => {
    // only cond_trust_continuity (×2 of 4) scored: 2·2 = 4 is not < 4
    const a = assessWith({
      ex_continuity: undefined,
      profile_partnership_years: undefined,
      cond_trust_continuity: 5,
    });
    expect(dimension(a, 'trust')).toMatchObject({ score: 100, coverage: 0.33 });
  });

  it('lets two ×1 items stand for a ×2 item only together', () => {
    // trust: ex_continuity + years = weight 2 of 4 → a score; one of them alone → null
    const both = assessWith({
      cond_trust_continuity: undefined,
      ex_continuity: 'annual_plan',
      profile_partnership_years: 3,
    });
    expect(dimension(both, 'trust').score).toBe(49); // (67 + 30) / 2 = 48.5 → 49
    const one = assessWith({ cond_trust_continuity: undefined, profile_partnership_years: undefined });
    expect(dimension(one, 'trust').score).toBeNull();
  });

  it('is null with coverage 0 when nothing is answered', () => {
    const a = assess({});
    expect(dimension(a, 'similarity')).toMatchObject({ score: null, coverage: 0, contributions: [] });
  });
});

describe('the weighted mean and its single rounding (§5.2.4–5)', () => {
  it('rounds a mean of exactly .5 up: 62.5 → 63', () => {
    const a = assessWith({ tl_public_informed: 4, out_political_support: 3 });
    expect(indicator(a, 'public_support').score).toBe(63);
  });

  it('rounds 37.5 up to 38 and 31.25 down to 31', () => {
    expect(
      indicator(assessWith({ tl_public_informed: 2, out_political_support: 3 }), 'public_support').score,
    ).toBe(38);
    const a = assessWith({
      obj_learning_direction: 'mainly_own',
      obj_agenda_serves_both: 3,
      obj_programme_fit: 1,
      ex_visits_both_ways: 'mainly_incoming',
    });
    expect(indicator(a, 'reciprocity').score).toBe(31); // (25 + 50 + 0 + 50) / 4
  });

  it('weights each item score once, without rounding the items first', () => {
    // translocal: (67 + 67 + 25 + 0·2) / 5 = 159 / 5 = 31.8 → 32
    const a = assessWith({
      tl_diaspora_link: 'regional',
      tl_migrants_involved: 'several',
      tl_migrant_roles: ['initiator', 'interpreter'],
      tl_networks_used: 2,
      tl_translocal_themes: [],
    });
    expect(dimension(a, 'translocal').score).toBe(32);
  });
});

describe('contributions', () => {
  it('lists the applicable, answered items in table order with value, item score and weight', () => {
    const a = assessWith({
      cond_professional_similarity: 5,
      ex_peer_contact: 'unsure',
      ex_methods: ['peer_to_peer'],
    });
    expect(dimension(a, 'similarity').contributions).toEqual([
      { question: 'cond_professional_similarity', value: 5, itemScore: 100, weight: 2 },
      { question: 'ex_peer_contact', value: 'unsure', itemScore: null, weight: 2 },
      { question: 'ex_methods', value: ['peer_to_peer'], itemScore: 50, weight: 1 },
    ]);
  });

  it('leaves out unanswered and hidden items', () => {
    const a = assessWith({ obj_support_programme: 'never', obj_programme_fit: 1, cond_capacity: undefined });
    expect(dimension(a, 'resources').contributions.map((c) => c.question)).toEqual([
      'cond_resources_both',
      'cond_knowledge_valued',
    ]);
  });
});
