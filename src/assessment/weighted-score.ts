// content-model §5.2: items → one dimension or indicator score, shared by both lenses so the
// coverage and null rules can never differ between them.
import type { QuestionId } from '../catalogue/catalogue';
import type { VisibleAnswers } from '../catalogue/conditions';
import type { Contribution } from './schema';
import { itemScore, type ScoreItem } from './item-scores';
import { ratio2, roundHalfUp, type Ratio } from './rounding';

/** What the scoring functions need to know about one set of answers. */
export interface ScoringContext {
  readonly applicable: ReadonlySet<QuestionId>;
  /** Present and applicable answers only (content-model §4.2). */
  readonly visible: VisibleAnswers;
}

export interface WeightedScore {
  readonly score: number | null;
  readonly coverage: number;
  readonly contributions: Contribution[];
}

interface Tally {
  readonly applicableCount: number;
  readonly scoredCount: number;
  readonly applicableWeight: number;
  readonly scoredWeight: number;
  readonly num: number;
  readonly contributions: Contribution[];
}

function tally(items: readonly ScoreItem[], ctx: ScoringContext): Tally {
  let applicableCount = 0;
  let scoredCount = 0;
  let applicableWeight = 0;
  let scoredWeight = 0;
  let num = 0;
  const contributions: Contribution[] = [];
  for (const item of items) {
    if (!ctx.applicable.has(item.question)) continue;
    applicableCount += 1;
    applicableWeight += item.weight;
    const value = ctx.visible.get(item.question);
    if (value === undefined) continue;
    const s = itemScore(item, value);
    contributions.push({
      question: item.question,
      value: Array.isArray(value) ? [...(value as readonly string[])] : (value as string | number),
      itemScore: s,
      weight: item.weight,
    });
    if (s === null) continue;
    scoredCount += 1;
    scoredWeight += item.weight;
    num += item.weight * s;
  }
  return { applicableCount, scoredCount, applicableWeight, scoredWeight, num, contributions };
}

/** §5.2.3, exact: scored items of applicable items, before rounding (the group averages these, §8.2). */
export function coverageCount(items: readonly ScoreItem[], ctx: ScoringContext): Ratio {
  const t = tally(items, ctx);
  return [t.scoredCount, t.applicableCount];
}

export function weightedScore(items: readonly ScoreItem[], ctx: ScoringContext): WeightedScore {
  const { applicableCount, scoredCount, applicableWeight, scoredWeight, num, contributions } = tally(
    items,
    ctx,
  );
  // Every dimension and indicator has an always-shown item, so applicableCount ≥ 1 (§5.2.1).
  const coverage = applicableCount === 0 ? 0 : ratio2(scoredCount, applicableCount);
  // null when the scored items carry under half of the applicable weight (exact integer test).
  const score =
    scoredWeight === 0 || 2 * scoredWeight < applicableWeight ? null : roundHalfUp(num, scoredWeight);
  return { score, coverage, contributions };
}
