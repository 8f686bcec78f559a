// Properties of assess() for any valid answers (issue 5; content-model §5, §7, §11).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveApplicability } from '../../src/catalogue/conditions';
import { DIMENSION_IDS, INDICATOR_IDS, PRIORITIES, RECOMMENDATION_IDS } from '../../src/catalogue/ids';
import { QUESTIONS } from '../../src/catalogue/catalogue';
import type { Answers } from '../../src/catalogue/answers';
import { assess } from '../../src/assessment/assess';
import { assessmentSchema } from '../../src/assessment/schema';
import { DIMENSION_ITEMS } from '../../src/assessment/dimensions';
import { INDICATOR_ITEMS } from '../../src/assessment/indicators';
import { isLowerOfItem } from '../../src/assessment/item-scores';
import { compareRecommendations } from '../../src/assessment/recommendations/evaluate';
import { RECOMMENDATION_RULES } from '../../src/assessment/recommendations/rules';
import { arbitraryAnswers, questionWithValue } from '../fixtures/arbitrary-answers';

const RUNS = { numRuns: 300 };
// Questions another question's "shown when" refers to (content-model §2.2, feeds "gate").
const GATES = new Set(['obj_support_programme', 'act_cso_role', 'tl_diaspora_link', 'tl_migrants_involved']);

describe('assess() for any valid answers', () => {
  it('always parses with the Assessment schema: scores null or integers 0–100, ratios 0–1', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const a = assess(answers);
        expect(assessmentSchema.parse(a)).toEqual(a);
        for (const e of [...a.dimensions, ...a.indicators]) {
          expect(e.score === null || (Number.isInteger(e.score) && e.score >= 0 && e.score <= 100)).toBe(
            true,
          );
          expect(e.coverage).toBeGreaterThanOrEqual(0);
          expect(e.coverage).toBeLessThanOrEqual(1);
        }
        expect(a.coverage.answered).toBeLessThanOrEqual(a.coverage.applicable);
      }),
      RUNS,
    );
  });

  it('lists every dimension, indicator and recommendation exactly once, in the fixed orders', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const a = assess(answers);
        expect(a.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
        expect(a.indicators.map((i) => i.id)).toEqual([...INDICATOR_IDS]);
        expect([...a.recommendations.map((r) => r.id)].sort()).toEqual([...RECOMMENDATION_IDS]);
      }),
      RUNS,
    );
  });

  it('orders recommendations by priority, then share of action points, linked score, R (v2 §2.4)', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const recs = assess(answers).recommendations;
        for (let i = 1; i < recs.length; i++) {
          const [prev, cur] = [recs[i - 1], recs[i]];
          if (prev === undefined || cur === undefined) continue;
          const rank = PRIORITIES.indexOf(prev.priority) - PRIORITIES.indexOf(cur.priority);
          expect(rank).toBeLessThanOrEqual(0);
          if (rank < 0) continue;
          // Same priority: the share n/N never rises down the list (as exact fractions).
          const total = (id: string) => RECOMMENDATION_RULES.find((r) => r.id === id)?.actions.length ?? 1;
          expect(prev.actions.length * total(cur.id)).toBeGreaterThanOrEqual(
            cur.actions.length * total(prev.id),
          );
        }
      }),
      RUNS,
    );
  });

  it('orders by a total order: antisymmetric, transitive, and 0 only for the same recommendation', () => {
    const recsOf = (answers: Answers) => assess(answers).recommendations;
    fc.assert(
      fc.property(arbitraryAnswers, arbitraryAnswers, arbitraryAnswers, (x, y, z) => {
        // Recommendations from three different answer sets, so ties of every kind occur.
        const pool = [...recsOf(x), ...recsOf(y), ...recsOf(z)];
        const sign = (n: number) => Math.sign(n);
        for (const a of pool)
          for (const b of pool) {
            const ab = compareRecommendations(a, b);
            expect(sign(ab)).toBe(-sign(compareRecommendations(b, a)) || 0);
            if (ab === 0) {
              // Equal only when nothing the order reads differs.
              expect(a.id).toBe(b.id);
              expect(a.priority).toBe(b.priority);
              expect(a.actions.length).toBe(b.actions.length);
            }
          }
        const sorted = [...pool].sort(compareRecommendations);
        for (let i = 0; i + 2 < sorted.length; i++) {
          const [a, b, c] = [sorted[i], sorted[i + 1], sorted[i + 2]];
          if (a === undefined || b === undefined || c === undefined) continue;
          expect(compareRecommendations(a, b)).toBeLessThanOrEqual(0);
          expect(compareRecommendations(a, c)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives a learningBalance that agrees with the two learning answers (v2 §2.2)', () => {
    const likert = (v: unknown) => (typeof v === 'number' ? (v - 1) * 25 : null);
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const { own, partner, gap, oneWay } = assess(answers).learningBalance;
        expect(own).toBe(likert(answers.learn_own_extent));
        expect(partner).toBe(likert(answers.learn_partner_extent));
        expect(gap).toBe(own !== null && partner !== null ? own - partner : null);
        const o = answers.learn_own_extent;
        const p = answers.learn_partner_extent;
        const extreme =
          typeof o === 'number' && typeof p === 'number' && ((o <= 2 && p >= 4) || (o >= 4 && p <= 2));
        expect(oneWay).toBe(extreme);
        // One-way learning always fires R1_learn_in_both_directions.
        if (oneWay) {
          const r1 = assess(answers).recommendations.find((r) => r.id === 'R1');
          expect(r1?.actions.map((a) => a.id)).toContain('R1_learn_in_both_directions');
        }
      }),
      RUNS,
    );
  });

  it('has mutual_learning at most the score learn_both alone would allow (v2 §2.2)', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const a = assess(answers);
        const ml = a.indicators.find((i) => i.id === 'mutual_learning');
        const { own, partner } = a.learningBalance;
        if (own === null || partner === null) {
          expect(ml?.contributions.some((c) => c.used === true)).toBe(false);
          return;
        }
        const used = ml?.contributions.filter((c) => c.used === true) ?? [];
        expect(used).toHaveLength(1);
        expect(used[0]?.itemScore).toBe(Math.min(own, partner));
      }),
      RUNS,
    );
  });

  it('gives the sixth dimension notApplicable exactly when R7 does not apply (v2 §2.1)', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const a = assess(answers);
        const r7 = a.recommendations.find((r) => r.id === 'R7');
        for (const d of a.dimensions) {
          expect(d.notApplicable).toBe(d.id === 'translocal' && r7?.priority === 'not_applicable');
          if (d.notApplicable) expect(d.score).toBeNull();
        }
        if (r7?.priority === 'not_applicable')
          expect(a.indicators.find((i) => i.id === 'translocal_use')?.score).toBeNull();
      }),
      RUNS,
    );
  });

  it('keeps the recommendation invariants of §11', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const visible = resolveApplicability(answers).visible;
        for (const r of assess(answers).recommendations) {
          expect(r.triggers.length === 0).toBe(r.actions.length === 0);
          expect(r.evidence === null).toBe(r.priority === 'not_applicable');
          for (const x of r.actions) {
            expect(x.triggers.length).toBeGreaterThan(0);
            for (const q of x.triggers) expect(r.triggers).toContain(q);
          }
          if (r.priority === 'not_applicable') expect(r.id).toBe('R7');
          if (r.id === 'R7')
            expect(r.priority === 'not_applicable').toBe(
              visible.get('tl_diaspora_link') === 'none' && visible.get('tl_migrants_involved') === 'none',
            );
          // §7.1.3: high needs an action; three actions always make it high.
          if (r.actions.length >= 3) expect(r.priority).toBe('high');
          if (r.actions.length === 0 && r.priority !== 'not_applicable') expect(r.priority).toBe('low');
        }
      }),
      RUNS,
    );
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const copy = structuredClone(answers);
        expect(assess(answers)).toEqual(assess(answers));
        expect(answers).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('ignores an answer to a question that is not applicable', () => {
    fc.assert(
      fc.property(arbitraryAnswers, questionWithValue, (answers, { question, value }) => {
        fc.pre(!resolveApplicability(answers).applicable.includes(question.id as never));
        const withHidden: Answers = { ...answers, [question.id]: value };
        expect(assess(withHidden)).toEqual(assess(answers));
      }),
      RUNS,
    );
  });

  it('never lowers coverage when an applicable, unanswered, non-gate question gets an answer', () => {
    // Precisely: adding an answer that leaves applicability unchanged raises session answered by
    // exactly one and lowers no dimension's or indicator's coverage.
    fc.assert(
      fc.property(arbitraryAnswers, questionWithValue, (answers, { question, value }) => {
        const before = resolveApplicability(answers);
        fc.pre(!GATES.has(question.id));
        fc.pre(before.applicable.includes(question.id as never) && !before.visible.has(question.id));
        const added: Answers = { ...answers, [question.id]: value };
        expect(resolveApplicability(added).applicable).toEqual(before.applicable);
        const [a, b] = [assess(answers), assess(added)];
        expect(b.coverage).toEqual({ answered: a.coverage.answered + 1, applicable: a.coverage.applicable });
        const entries = (x: typeof a) => [...x.dimensions, ...x.indicators];
        entries(a).forEach((e, i) => expect(entries(b)[i]?.coverage).toBeGreaterThanOrEqual(e.coverage));
      }),
      RUNS,
    );
  });

  it('never raises a score when agreement with a reverse item rises', () => {
    const reverse = [
      ['cond_difference_barrier', 'difference'],
      ['cond_donor_recipient', 'equality'],
    ] as const;
    fc.assert(
      fc.property(
        arbitraryAnswers,
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(...reverse),
        (answers, v, [q, dim]) => {
          const score = (value: number) =>
            assess({ ...answers, [q]: value }).dimensions.find((d) => d.id === dim)?.score;
          const [lo, hi] = [score(v), score(v + 1)];
          // Both are null or both not: the item is scored either way.
          expect(lo === null).toBe(hi === null);
          if (lo != null && hi != null) expect(hi).toBeLessThanOrEqual(lo);
        },
      ),
      RUNS,
    );
  });

  it('is null exactly when 2·Σw(scored items) < Σw(applicable items), or not applicable (§11, v2 §0)', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const applicable = new Set<string>(resolveApplicability(answers).applicable);
        const a = assess(answers);
        const entries = [
          ...a.dimensions.map((d) => ({ entry: d, items: DIMENSION_ITEMS[d.id] })),
          ...a.indicators.map((i) => ({ entry: i, items: INDICATOR_ITEMS[i.id] })),
        ];
        for (const { entry, items } of entries) {
          // A derived item (learn_both) is always applicable; it is scored when one of its
          // contributions is `used`.
          const applicableWeight = items
            .filter((i) => isLowerOfItem(i) || applicable.has(i.question))
            .reduce((s, i) => s + i.weight, 0);
          const scoredWeight = entry.contributions
            .filter((c) => (c.item === undefined ? c.itemScore !== null : c.used === true))
            .reduce((s, c) => s + c.weight, 0);
          const notApplicable = 'notApplicable' in entry && entry.notApplicable;
          const notApplicableIndicator =
            entry.id === 'translocal_use' && a.dimensions.some((d) => d.notApplicable);
          expect(entry.score === null, entry.id).toBe(
            2 * scoredWeight < applicableWeight || notApplicable || notApplicableIndicator,
          );
        }
      }),
      RUNS,
    );
  });

  it('has a gate list that matches the catalogue', () => {
    const referenced = new Set(
      QUESTIONS.flatMap((q) => (q.showIf !== undefined && 'question' in q.showIf ? [q.showIf.question] : [])),
    );
    expect(referenced).toEqual(GATES);
  });
});
