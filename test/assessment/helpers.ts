// Small lookups over an Assessment, so each test reads as the content model does.
import type { Answers } from '../../src/catalogue/answers';
import type { DimensionId, IndicatorId, RecommendationId } from '../../src/catalogue/ids';
import { assess } from '../../src/assessment/assess';
import type {
  Assessment,
  DimensionResult,
  IndicatorResult,
  RecommendationResult,
} from '../../src/assessment/schema';
import { answersWith, type AnswerOverrides } from '../fixtures/answers';

function find<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((x) => x.id === id);
  if (found === undefined) throw new Error(`missing ${id}`);
  return found;
}

export const dimension = (a: Assessment, id: DimensionId): DimensionResult => find(a.dimensions, id);
export const indicator = (a: Assessment, id: IndicatorId): IndicatorResult => find(a.indicators, id);
export const recommendation = (a: Assessment, id: RecommendationId): RecommendationResult =>
  find(a.recommendations, id);

/** assess(answersWith(overrides)) */
export const assessWith = (overrides: AnswerOverrides = {}): Assessment => assess(answersWith(overrides));

/** The action ids of one recommendation. */
export const actionIds = (a: Assessment, id: RecommendationId): string[] =>
  recommendation(a, id).actions.map((x) => x.id);

/** The item score a question contributed to a dimension or indicator (undefined: not listed). */
export function itemScoreIn(
  entry: DimensionResult | IndicatorResult,
  question: string,
): number | null | undefined {
  return entry.contributions.find((c) => c.question === question)?.itemScore;
}

export type { Answers };
