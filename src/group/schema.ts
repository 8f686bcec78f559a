// The group result (content-model §8.6, issue 8) as a zod schema: `workshop --json` prints it,
// and the CLI tests check that output against this schema. Types come from z.infer (style.md §3).
import '../catalogue/zod-jitless'; // before any schema is created: see zod-jitless.ts
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
export const sideScoreSchema = z.object({
  files: count,
  n: count,
  score: score.nullable(),
  /** Within this side: ≥ 2 non-null scores, max − min ≥ 40 (content-model-v2 §5). */
  disagree: z.boolean(),
});
export type SideScore = z.infer<typeof sideScoreSchema>;

const scoreEntry = {
  /** Files with a non-null score. */
  n: count,
  score: score.nullable(),
  min: score.nullable(),
  max: score.nullable(),
  spread: score.nullable(),
  sd: z.number().min(0).nullable(),
  /** "participants disagree": within any one side (destination, source, none) two scores are 40 or
   *  more apart (content-model-v2 §5); min/max/spread/sd stay across all files. */
  disagree: z.boolean(),
  coverage: ratio,
  /** `none`: the files without a side (additive, v2 §5). */
  bySide: z.object({ destination: sideScoreSchema, source: sideScoreSchema, none: sideScoreSchema }),
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
  /** hits ÷ M_s per side, 2 decimals half up; null when no file on that side (v2 §5). */
  shareBySide: z.object({ destination: ratio.nullable(), source: ratio.nullable() }),
  /** false: not included overall but asked for by at least half of one side (M_s ≥ 2); such a
   *  point does not count for the priority (v2 §5). */
  included: z.boolean(),
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
  /** profile_role (issue 14, item 1); null when not given. */
  role: z.string().nullable(),
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
const aimCounts = z.array(z.object({ value: z.string(), count }));
const sideAims = z.object({
  /** Files of this side that answered obj_main_objectives, and their choices. */
  ownFiles: count,
  own: aimCounts,
  /** Files of the OTHER side that answered obj_partner_objectives: what they think this side aims at. */
  partnerFiles: count,
  seenByPartner: aimCounts,
});
/** Aims side by side (content-model-v2 §5). */
export const groupAimsSchema = z.object({ destination: sideAims, source: sideAims });
export type GroupAims = z.infer<typeof groupAimsSchema>;

/** One partnership named by the files (content-model-v2 §5). */
export const groupPairSchema = z.object({
  /** partnershipKey, or "not_stated". */
  key: z.string(),
  own: z.string().nullable(),
  partner: z.string().nullable(),
  files: z.int().min(1),
  included: z.boolean(),
  /** The pair the group is about: most files, ties to the earliest file. */
  chosen: z.boolean(),
});
export type GroupPair = z.infer<typeof groupPairSchema>;

/** The six dimensions per role (issue 14, item 1). */
export const groupRoleSchema = z.object({
  role: z.string().nullable(),
  files: z.int().min(1),
  dimensions: z.array(z.object({ id: z.enum(DIMENSION_IDS), score: score.nullable() })),
});

export const groupResultSchema = z.object({
  format: z.literal('partnership-mirror/group'),
  formatVersion: z.literal(1),
  catalogueVersion: z.literal(CATALOGUE_VERSION),
  /** Included files only (content-model-v2 §5). */
  participants: z.int().min(1),
  sides: z.object({ destination: count, source: count, none: count }),
  /** Every pair named by the files, the chosen one first. */
  pairs: z.array(groupPairSchema).min(1),
  dimensions: z.array(groupDimensionSchema).length(DIMENSION_IDS.length),
  indicators: z.array(groupIndicatorSchema).length(INDICATOR_IDS.length),
  networkModel: groupNetworkModelSchema,
  recommendations: z.array(groupRecommendationSchema).length(RECOMMENDATION_IDS.length),
  questions: z.array(groupQuestionSchema),
  /** Likert questions where participants disagree most, most first: the discussion material. */
  discussion: z.array(z.string()),
  members: z.array(groupMemberSchema),
  learningBalance: groupLearningBalanceSchema,
  aims: groupAimsSchema,
  roles: z.array(groupRoleSchema),
});
export type GroupResult = z.infer<typeof groupResultSchema>;
