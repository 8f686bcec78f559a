// The Assessment (contract §2) as a zod schema: the CLI tests check output against it, and the
// type comes from z.infer (style.md §3). Fields beyond the contract are additions (never renames).
import '../catalogue/zod-jitless'; // before any schema is created: see zod-jitless.ts
import { z } from 'zod';
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import {
  DIMENSION_IDS,
  INDICATOR_IDS,
  NETWORK_MODEL_IDS,
  PRIORITIES,
  RECOMMENDATION_IDS,
} from '../catalogue/ids';

const score = z.int().min(0).max(100);
const ratio = z.number().min(0).max(1);
const questionId = z.string();

/** One answer's part in a score: "because you answered …" (issue 5, item 2). */
export const contributionSchema = z.object({
  question: questionId,
  value: z.union([z.string(), z.number(), z.array(z.string())]),
  /** null: answered "unsure"/dont_know, so it carries no score. */
  itemScore: score.nullable(),
  weight: z.int().positive(),
  /** content-model-v2 §2.2: set when the answer feeds a derived item (learn_both), not itself. */
  item: z.literal('learn_both').optional(),
  /** With `item`: this answer's score is the one the derived item took (the lower one). */
  used: z.boolean().optional(),
});
export type Contribution = z.infer<typeof contributionSchema>;

const scoredEntry = {
  score: score.nullable(),
  coverage: ratio,
  /** Applicable items that were answered, in the order of content-model §5.3/§5.4. */
  contributions: z.array(contributionSchema),
};

export const dimensionResultSchema = z.object({
  id: z.enum(DIMENSION_IDS),
  ...scoredEntry,
  /** content-model-v2 §2.1: the dimension does not apply to this pair (then `score` is null). */
  notApplicable: z.boolean(),
});
export type DimensionResult = z.infer<typeof dimensionResultSchema>;

export const indicatorResultSchema = z.object({ id: z.enum(INDICATOR_IDS), ...scoredEntry });
export type IndicatorResult = z.infer<typeof indicatorResultSchema>;

export const actionResultSchema = z.object({ id: z.string(), triggers: z.array(questionId).min(1) });
export type ActionResult = z.infer<typeof actionResultSchema>;

/** A score a recommendation's priority looks at (content-model §7.1.3, "linked"). */
export const linkedScoreSchema = z.object({
  kind: z.enum(['dimension', 'indicator']),
  id: z.string(),
  score: score.nullable(),
  /** content-model-v2 §2.3: not null, below 40, and resting on at least two scored items (for the
   *  group: in at least half of the files that score it). Only a low score raises a priority. */
  low: z.boolean(),
});
export type LinkedScore = z.infer<typeof linkedScoreSchema>;

export const recommendationResultSchema = z.object({
  id: z.enum(RECOMMENDATION_IDS),
  priority: z.enum(PRIORITIES),
  evidence: ratio.nullable(),
  triggers: z.array(questionId),
  actions: z.array(actionResultSchema),
  linkedScores: z.array(linkedScoreSchema),
});
export type RecommendationResult = z.infer<typeof recommendationResultSchema>;

export const networkModelResultSchema = z.object({
  id: z.enum(NETWORK_MODEL_IDS).nullable(),
  /** The two deciding answers (content-model §6), when present. */
  contributions: z.array(contributionSchema),
});
export type NetworkModelResult = z.infer<typeof networkModelResultSchema>;

/** content-model-v2 §2.2: both sides' learning next to each other, item scores of
 *  learn_own_extent and learn_partner_extent ("unsure" or unanswered → null). */
export const learningBalanceSchema = z.object({
  own: score.nullable(),
  partner: score.nullable(),
  /** own − partner, only when both are known. */
  gap: z.int().min(-100).max(100).nullable(),
  /** One side learned little (≤ 25) while the other learned much (≥ 75). */
  oneWay: z.boolean(),
});
export type LearningBalance = z.infer<typeof learningBalanceSchema>;

export const assessmentSchema = z.object({
  catalogueVersion: z.literal(CATALOGUE_VERSION),
  coverage: z.object({ answered: z.int().min(0), applicable: z.int().min(1) }),
  dimensions: z.array(dimensionResultSchema).length(DIMENSION_IDS.length),
  networkModel: networkModelResultSchema,
  recommendations: z.array(recommendationResultSchema).length(RECOMMENDATION_IDS.length),
  indicators: z.array(indicatorResultSchema).length(INDICATOR_IDS.length),
  learningBalance: learningBalanceSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;
