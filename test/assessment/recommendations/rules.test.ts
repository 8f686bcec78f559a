// content-model §7.1–§7.2 and §11: the recommendation data itself is sound.
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../src/catalogue/catalogue';
import { RECOMMENDATION_IDS } from '../../../src/catalogue/ids';
import { conditionLeaves, conditionProblems } from '../../../src/catalogue/schema';
import type { Condition } from '../../../src/catalogue/types';
import { RECOMMENDATION_RULES } from '../../../src/assessment/recommendations/rules';

const hasNot = (c: Condition): boolean =>
  'not' in c ? true : 'all' in c ? c.all.some(hasNot) : 'any' in c ? c.any.some(hasNot) : false;

describe('recommendation rules (§7.2)', () => {
  it('are R1…R7 in order', () => {
    expect(RECOMMENDATION_RULES.map((r) => r.id)).toEqual([...RECOMMENDATION_IDS]);
  });

  it('have 26 action points in all, at least three each, ids prefixed by their recommendation', () => {
    // content-model-v2 §0: R4 and R7 have one action point more.
    expect(RECOMMENDATION_RULES.flatMap((r) => r.actions)).toHaveLength(26);
    expect(RECOMMENDATION_RULES.map((r) => r.actions.length)).toEqual([4, 4, 3, 4, 4, 3, 4]);
    for (const r of RECOMMENDATION_RULES) {
      expect(r.actions.length).toBeGreaterThanOrEqual(3);
      for (const a of r.actions) expect(a.id.startsWith(`${r.id}_`)).toBe(true);
    }
  });

  it('use only existing question and option ids in every condition', () => {
    for (const r of RECOMMENDATION_RULES) {
      const conds = [...r.actions.map((a) => a.trigger), ...(r.applicability ? [r.applicability] : [])];
      for (const c of conds) expect(conditionProblems(c, QUESTIONS), r.id).toEqual([]);
    }
  });

  it('write no trigger condition with not (§7.1.2)', () => {
    for (const a of RECOMMENDATION_RULES.flatMap((r) => r.actions))
      expect(hasNot(a.trigger), a.id).toBe(false);
  });

  it('reference at least one always-shown question each, so evidence has n ≥ 1', () => {
    const always = new Set<string>(QUESTIONS.filter((q) => q.showIf === undefined).map((q) => q.id));
    for (const r of RECOMMENDATION_RULES) {
      const refs = r.actions.flatMap((a) => conditionLeaves(a.trigger).map((l) => l.question));
      expect(
        refs.some((q) => always.has(q)),
        r.id,
      ).toBe(true);
    }
  });

  it('give only R7 an applicability condition', () => {
    expect(RECOMMENDATION_RULES.filter((r) => r.applicability !== undefined).map((r) => r.id)).toEqual([
      'R7',
    ]);
  });
});
