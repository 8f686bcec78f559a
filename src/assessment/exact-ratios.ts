// The exact fractions behind a file's rounded coverage and evidence (content-model §8.2, §8.5:
// the group takes the mean of the files' EXACT ratios). Computed by the very functions assess()
// rounds (coverageCount, evidenceCount), so the group can never count a different set of questions.
import {
  DIMENSION_IDS,
  INDICATOR_IDS,
  type DimensionId,
  type IndicatorId,
  type RecommendationId,
} from '../catalogue/ids';
import { DIMENSION_ITEMS } from './dimensions';
import { INDICATOR_ITEMS } from './indicators';
import { evidenceCount, isRuleApplicable } from './recommendations/evaluate';
import { RECOMMENDATION_RULES } from './recommendations/rules';
import type { Ratio } from './rounding';
import { coverageCount, type ScoringContext } from './weighted-score';

export interface ExactRatios {
  readonly dimensions: ReadonlyMap<DimensionId, Ratio>;
  readonly indicators: ReadonlyMap<IndicatorId, Ratio>;
  /** Only for recommendations that apply to the file. */
  readonly evidence: ReadonlyMap<RecommendationId, Ratio>;
}

export function exactRatios(ctx: ScoringContext): ExactRatios {
  return {
    dimensions: new Map(DIMENSION_IDS.map((id) => [id, coverageCount(DIMENSION_ITEMS[id], ctx)])),
    indicators: new Map(INDICATOR_IDS.map((id) => [id, coverageCount(INDICATOR_ITEMS[id], ctx)])),
    evidence: new Map(
      RECOMMENDATION_RULES.filter((rule) => isRuleApplicable(rule, ctx.visible)).map((rule) => [
        rule.id,
        evidenceCount(rule, ctx),
      ]),
    ),
  };
}
