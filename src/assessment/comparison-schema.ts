// Next year's mirror (issue 15, item 1): the `comparison` object the assess command adds with
// --compare. Additive to the Assessment (contract §2): the plain Assessment schema is untouched,
// and comparedAssessmentSchema is that schema plus this one field.
import '../catalogue/zod-jitless'; // before any schema is created: see zod-jitless.ts
import { z } from 'zod';
import { DIMENSION_IDS, INDICATOR_IDS, NETWORK_MODEL_IDS } from '../catalogue/ids';
import { PLAN_STATUSES } from '../answers/plan';
import { assessmentSchema } from './schema';

const score = z.int().min(0).max(100).nullable();

const scoreChange = {
  then: score,
  now: score,
  /** now − then; null when either is null (a null is "too few answers", not zero). */
  change: z.int().min(-100).max(100).nullable(),
};

const networkModelId = z.enum(NETWORK_MODEL_IDS).nullable();

export const comparisonSchema = z.object({
  /** When the earlier answers file was saved (its `savedAt`). */
  earlierSavedAt: z.iso.datetime({ offset: true }),
  dimensions: z.array(z.object({ id: z.enum(DIMENSION_IDS), ...scoreChange })).length(DIMENSION_IDS.length),
  indicators: z.array(z.object({ id: z.enum(INDICATOR_IDS), ...scoreChange })).length(INDICATOR_IDS.length),
  /** Action points triggered now and not then, in catalogue order. */
  actionsAdded: z.array(z.string()),
  /** Action points triggered then and no longer now, in catalogue order. */
  actionsResolved: z.array(z.string()),
  networkModel: z.object({ then: networkModelId, now: networkModelId }),
  /** Additive: every action point in either file's plan, with its latest status and whether it
   *  was and still is triggered ("did what we planned help?"). */
  plan: z.array(
    z.object({
      actionId: z.string(),
      status: z.enum(PLAN_STATUSES),
      triggeredThen: z.boolean(),
      triggeredNow: z.boolean(),
    }),
  ),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const comparedAssessmentSchema = assessmentSchema.extend({ comparison: comparisonSchema });
export type ComparedAssessment = z.infer<typeof comparedAssessmentSchema>;
