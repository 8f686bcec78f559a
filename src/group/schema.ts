// The group result (content-model §8.6, issue 8) as a zod schema: `workshop --json` prints it,
// and the CLI tests check that output against this schema. Types come from z.infer (style.md §3).
import { z } from 'zod';
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import {
  DIMENSION_IDS,
  INDICATOR_IDS,
  NETWORK_MODEL_IDS,
  PRIORITIES,
  RECOMMENDATION_IDS,
  SIDES,
} from '../catalogue/ids';
import { linkedScoreSchema } from '../assessment/schema';

const count = z.int().min(0);
const score = z.int().min(0).max(100);
const ratio = z.number().min(0).max(1);

/** One side's view of a dimension or indicator (§8.3). */
export const sideScoreSchema = z.object({ files: count, n: count, score: score.nullable() });
export type SideScore = z.infer<typeof sideScoreSchema>;

const scoreEntry = {
  /** Files with a non-null score. */
  n: count,
  score: score.nullable(),
  min: score.nullable(),
  max: score.nullable(),
  spread: score.nullable(),
  sd: z.number().min(0).nullable(),
  /** "participants disagree": n ≥ 2 and spread ≥ 40 (§8.2). */
  disagree: z.boolean(),
  coverage: ratio,
  bySide: z.object({ destination: sideScoreSchema, source: sideScoreSchema }),
  /** destination − source, from the two rounded side scores; null unless both exist (§8.3). */
  gap: z.int().min(-100).max(100).nullable(),
  /** "the sides see this differently": |gap| ≥ 25. */
  gapFlag: z.boolean(),
};
/** A dimension or indicator over the group, before it is named (summariseScore's result). */
export const scoreSummarySchema = z.object(scoreEntry);
export type ScoreSummary = z.output<typeof scoreSummarySchema>;
export const groupDimensionSchema = z.object({
  id: z.enum(DIMENSION_IDS),
  ...scoreEntry,
  /** content-model-v2 §5: the dimension does not apply to the group (then `score` is null). */
  notApplicable: z.boolean(),
});
export type GroupDimension = z.infer<typeof groupDimensionSchema>;
export const groupIndicatorSchema = z.object({ id: z.enum(INDICATOR_IDS), ...scoreEntry });
export type GroupIndicator = z.infer<typeof groupIndicatorSchema>;
export type GroupScore = GroupDimension | GroupIndicator;

const modelId = z.enum(NETWORK_MODEL_IDS).nullable();
/** Files per model, null ("cannot say") counted too; only models with files, in §6 order, null last. */
export const modelDistributionSchema = z.array(z.object({ id: modelId, count: z.int().min(1) }));
const modelVote = z.object({ id: modelId, distribution: modelDistributionSchema });
export const groupNetworkModelSchema = modelVote.extend({
  bySide: z.object({ destination: modelVote, source: modelVote }),
});
export type GroupNetworkModel = z.infer<typeof groupNetworkModelSchema>;

export const groupActionSchema = z.object({
  id: z.string(),
  triggers: z.array(z.string()).min(1),
  /** Files that triggered it, of those for which the recommendation applies. */
  hits: count,
  share: ratio,
});
export type GroupAction = z.infer<typeof groupActionSchema>;

export const groupRecommendationSchema = z.object({
  id: z.enum(RECOMMENDATION_IDS),
  priority: z.enum(PRIORITIES),
  evidence: ratio.nullable(),
  triggers: z.array(z.string()),
  actions: z.array(groupActionSchema),
  /** M: the files for which it applies (§8.5). */
  applicableFiles: count,
  /** The group scores the priority looked at. */
  linkedScores: z.array(linkedScoreSchema),
});
export type GroupRecommendation = z.infer<typeof groupRecommendationSchema>;

const valueCount = z.object({ value: z.union([z.string(), z.int()]), count });
const answerCounts = { answered: count, unanswered: count, notApplicable: count };

export const distributionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), ...answerCounts, counts: z.array(valueCount) }),
  z.object({
    kind: z.literal('likert'),
    ...answerCounts,
    counts: z.array(valueCount),
    mean: z.number().nullable(),
    min: z.int().nullable(),
    max: z.int().nullable(),
    sd: z.number().nullable(),
    disagree: z.boolean(),
  }),
  z.object({ kind: z.literal('multi'), ...answerCounts, counts: z.array(valueCount), noneOfThese: count }),
  z.object({
    kind: z.literal('number'),
    ...answerCounts,
    n: count,
    min: z.number().nullable(),
    median: z.number().nullable(),
    max: z.number().nullable(),
  }),
  z.object({
    kind: z.literal('text'),
    ...answerCounts,
    texts: z.array(z.object({ label: z.string().nullable(), text: z.string() })),
  }),
]);
export type Distribution = z.infer<typeof distributionSchema>;

export const groupQuestionSchema = z.object({
  id: z.string(),
  distribution: distributionSchema,
  /** Only for a side with at least 2 files (§8.1). */
  bySide: z.object({ destination: distributionSchema.optional(), source: distributionSchema.optional() }),
});
export type GroupQuestion = z.infer<typeof groupQuestionSchema>;

/** A per-participant row: shown only when the facilitator ticks "show names" (issue 8, item 5). */
export const groupMemberSchema = z.object({
  id: z.string(),
  label: z.string().nullable(),
  side: z.enum(SIDES).nullable(),
  networkModel: modelId,
  dimensions: z.array(z.object({ id: z.enum(DIMENSION_IDS), score: score.nullable() })),
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

/** content-model-v2 §5: each side's own account of its learning, side by side. */
export const groupLearningBalanceSchema = z.object({
  destination: score.nullable(),
  source: score.nullable(),
  /** destination − source, only when both are known. */
  gap: z.int().min(-100).max(100).nullable(),
  oneWay: z.boolean(),
});
export type GroupLearningBalance = z.infer<typeof groupLearningBalanceSchema>;

export const groupResultSchema = z.object({
  format: z.literal('partnership-mirror/group'),
  formatVersion: z.literal(1),
  catalogueVersion: z.literal(CATALOGUE_VERSION),
  participants: z.int().min(1),
  sides: z.object({ destination: count, source: count, none: count }),
  pairs: z.array(
    z.object({ own: z.string().nullable(), partner: z.string().nullable(), participants: z.int().min(1) }),
  ),
  dimensions: z.array(groupDimensionSchema).length(DIMENSION_IDS.length),
  indicators: z.array(groupIndicatorSchema).length(INDICATOR_IDS.length),
  networkModel: groupNetworkModelSchema,
  recommendations: z.array(groupRecommendationSchema).length(RECOMMENDATION_IDS.length),
  questions: z.array(groupQuestionSchema),
  /** Likert questions where participants disagree most, most first: the discussion material. */
  discussion: z.array(z.string()),
  members: z.array(groupMemberSchema),
  learningBalance: groupLearningBalanceSchema,
});
export type GroupResult = z.infer<typeof groupResultSchema>;
