// content-model-v2 §2.2: learn_both (the lower of both sides' learning) and learningBalance.
import { describe, expect, it } from 'vitest';
import { isOneWay } from '../../src/assessment/learning-balance';
import { assessWith, indicator } from './helpers';

describe('learn_both in mutual_learning (content-model-v2 §2.2)', () => {
  it('takes the lower side, weight 4, and marks it as used', () => {
    const a = assessWith({ learn_own_extent: 4, learn_partner_extent: 2 });
    const both = indicator(a, 'mutual_learning').contributions.filter((c) => c.item === 'learn_both');
    expect(both).toEqual([
      { question: 'learn_own_extent', value: 4, itemScore: 75, weight: 4, item: 'learn_both', used: false },
      {
        question: 'learn_partner_extent',
        value: 2,
        itemScore: 25,
        weight: 4,
        item: 'learn_both',
        used: true,
      },
    ]);
  });

  it('marks the own side on a tie', () => {
    const a = assessWith({ learn_own_extent: 3, learn_partner_extent: 3 });
    const used = indicator(a, 'mutual_learning').contributions.filter((c) => c.used === true);
    expect(used.map((c) => c.question)).toEqual(['learn_own_extent']);
  });

  it('is unscored with only one side known, so the indicator is null (half-weight rule)', () => {
    const a = assessWith({ learn_own_extent: 5, learn_partner_extent: 'unsure' });
    const ml = indicator(a, 'mutual_learning');
    expect(ml.score).toBeNull();
    // learn_both counts as one item of three for coverage: forms and recognised are scored.
    expect(ml.coverage).toBe(0.67);
    expect(ml.contributions.filter((c) => c.used === true)).toEqual([]);
  });

  it('no longer rewards one-way learning: "we learned little, they a lot" scores low', () => {
    const oneWay = indicator(assessWith({ learn_own_extent: 2, learn_partner_extent: 5 }), 'mutual_learning');
    const both = indicator(assessWith({ learn_own_extent: 4, learn_partner_extent: 4 }), 'mutual_learning');
    expect(oneWay.score).toBeLessThan(both.score ?? 0);
  });
});

describe('learningBalance (content-model-v2 §2.2)', () => {
  it('puts both sides side by side with the gap own − partner', () => {
    expect(assessWith({ learn_own_extent: 2, learn_partner_extent: 5 }).learningBalance).toEqual({
      own: 25,
      partner: 100,
      gap: -75,
      oneWay: true,
    });
  });

  it('has no gap and is not one-way when a side is unsure or unanswered', () => {
    expect(assessWith({ learn_own_extent: 'unsure', learn_partner_extent: 5 }).learningBalance).toEqual({
      own: null,
      partner: 100,
      gap: null,
      oneWay: false,
    });
    expect(assessWith({ learn_own_extent: 1, learn_partner_extent: undefined }).learningBalance).toEqual({
      own: 0,
      partner: null,
      gap: null,
      oneWay: false,
    });
  });

  it.each([
    [25, 75, true],
    [75, 25, true],
    [50, 100, false],
    [0, 50, false],
    [100, 0, true],
  ] as const)('isOneWay(%i, %i) is %s: ≤ 25 against ≥ 75, either way', (a, b, expected) => {
    expect(isOneWay(a, b)).toBe(expected);
  });
});
