// content-model §5.2: items → one dimension or indicator score, shared by both lenses so the
// coverage and null rules can never differ between them.
import type { QuestionId } from '../catalogue/catalogue';
import type { VisibleAnswers } from '../catalogue/conditions';
import type { AnswerValue } from '../catalogue/answers';
import type { Contribution } from './schema';
import { isLowerOfItem, itemScore, type LowerOfItem, type TableItem } from './item-scores';
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
  applicableCount: number;
  scoredCount: number;
  applicableWeight: number;
  scoredWeight: number;
  num: number;
  readonly contributions: Contribution[];
}

const copyValue = (value: AnswerValue): Contribution['value'] =>
  Array.isArray(value) ? [...(value as readonly string[])] : (value as string | number);

/** content-model-v2 §2.2: one entry per answered underlying question, in catalogue order (the
 *  order of `lowerOf`); `used` marks the lower one when the item is scored (a tie: the first). */
function tallyLowerOf(item: LowerOfItem, ctx: ScoringContext, t: Tally): void {
  // Always applicable: its questions are always shown.
  t.applicableCount += 1;
  t.applicableWeight += item.weight;
  const parts = item.lowerOf.flatMap((question) => {
    const value = ctx.visible.get(question);
    return value === undefined ? [] : [{ question, value, s: itemScore({ question, weight: 1 }, value) }];
  });
  const scores = parts.flatMap((p) => (p.s === null ? [] : [p.s]));
  const scored = parts.length === item.lowerOf.length && scores.length === parts.length;
  const lowest = scored ? Math.min(...scores) : null;
  const usedAt = lowest === null ? -1 : parts.findIndex((p) => p.s === lowest);
  parts.forEach((p, i) =>
    t.contributions.push({
      question: p.question,
      value: copyValue(p.value),
      itemScore: p.s,
      weight: item.weight,
      item: item.item,
      used: i === usedAt,
    }),
  );
  if (lowest === null) return;
  t.scoredCount += 1;
  t.scoredWeight += item.weight;
  t.num += item.weight * lowest;
}

function tally(items: readonly TableItem[], ctx: ScoringContext): Tally {
  const t: Tally = {
    applicableCount: 0,
    scoredCount: 0,
    applicableWeight: 0,
    scoredWeight: 0,
    num: 0,
    contributions: [],
  };
  for (const item of items) {
    if (isLowerOfItem(item)) {
      tallyLowerOf(item, ctx, t);
      continue;
    }
    if (!ctx.applicable.has(item.question)) continue;
    t.applicableCount += 1;
    t.applicableWeight += item.weight;
    const value = ctx.visible.get(item.question);
    if (value === undefined) continue;
    const s = itemScore(item, value);
    t.contributions.push({
      question: item.question,
      value: copyValue(value),
      itemScore: s,
      weight: item.weight,
    });
    if (s === null) continue;
    t.scoredCount += 1;
    t.scoredWeight += item.weight;
    t.num += item.weight * s;
  }
  return t;
}

/** §5.2.3, exact: scored items of applicable items, before rounding (the group averages these, §8.2).
 *  The first number is also what the two-item rule reads (content-model-v2 §2.3). */
export function coverageCount(items: readonly TableItem[], ctx: ScoringContext): Ratio {
  const t = tally(items, ctx);
  return [t.scoredCount, t.applicableCount];
}

export function weightedScore(items: readonly TableItem[], ctx: ScoringContext): WeightedScore {
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
