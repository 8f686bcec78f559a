// assess(answers) → Assessment (contract §2; content-model §4–§7 as changed by content-model-v2).
// Pure and deterministic: ids and numbers only. Applicability is settled once here; every rule
// below sees only visible answers, so an answer to a hidden question changes nothing (contract §1).
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import type { Answers } from '../catalogue/answers';
import { resolveApplicability } from '../catalogue/conditions';
import type { Assessment } from './schema';
import { DIMENSION_ITEMS, scoreDimensions } from './dimensions';
import { INDICATOR_ITEMS, scoreIndicators } from './indicators';
import { learningBalance } from './learning-balance';
import { classifyNetworkModel } from './network-model';
import {
  evaluateRecommendation,
  LOW_SCORE_MIN_ITEMS,
  orderRecommendations,
  type ComputedScores,
} from './recommendations/evaluate';
import { RECOMMENDATION_RULES } from './recommendations/rules';
import type { LinkedRef } from './recommendations/types';
import { coverageCount, type ScoringContext } from './weighted-score';

/** content-model-v2 §2.3 for one file: the score's own count of scored items. */
export function restsOnEnoughItems(ctx: ScoringContext): (ref: LinkedRef) => boolean {
  return (ref) => {
    const items = ref.kind === 'dimension' ? DIMENSION_ITEMS[ref.id] : INDICATOR_ITEMS[ref.id];
    return coverageCount(items, ctx)[0] >= LOW_SCORE_MIN_ITEMS;
  };
}

export function assess(answers: Answers): Assessment {
  const { applicable, visible } = resolveApplicability(answers);
  const ctx: ScoringContext = { applicable: new Set(applicable), visible };
  const dimensions = scoreDimensions(ctx);
  const indicators = scoreIndicators(ctx);
  const scores: ComputedScores = { dimensions, indicators, restsOnEnoughItems: restsOnEnoughItems(ctx) };
  const recommendations = orderRecommendations(
    RECOMMENDATION_RULES.map((rule) => evaluateRecommendation(rule, ctx, scores)),
  );
  return {
    catalogueVersion: CATALOGUE_VERSION,
    // §5.5: answered = present among applicable, including "unsure", dont_know and text.
    coverage: { answered: visible.size, applicable: applicable.length },
    dimensions,
    networkModel: classifyNetworkModel(ctx),
    recommendations,
    indicators,
    learningBalance: learningBalance(visible),
  };
}
