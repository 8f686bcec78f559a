// content-model-v2 §2.1: a score that cannot apply to a pair. The sixth dimension is about the
// translocal ties a pair HAS; with no migration link and no migrants taking part there are none,
// which is exactly when R7 does not apply (ch. 10, rec. 7 builds on existing ties). Data, so the
// group (§5) reads the same table.
import type { DimensionId, IndicatorId, RecommendationId } from '../catalogue/ids';
import { isRuleApplicable } from './recommendations/evaluate';
import { RECOMMENDATION_RULES } from './recommendations/rules';
import type { ScoringContext } from './weighted-score';

/** A score that applies only when this recommendation applies. */
export const APPLIES_ONLY_WITH: Readonly<Partial<Record<DimensionId | IndicatorId, RecommendationId>>> = {
  translocal: 'R7',
  translocal_use: 'R7',
};

/** True when the score's recommendation does not apply to these answers. */
export function isScoreNotApplicable(
  id: DimensionId | IndicatorId,
  visible: ScoringContext['visible'],
): boolean {
  const recommendation = APPLIES_ONLY_WITH[id];
  if (recommendation === undefined) return false;
  const rule = RECOMMENDATION_RULES.find((r) => r.id === recommendation);
  return rule !== undefined && !isRuleApplicable(rule, visible);
}
