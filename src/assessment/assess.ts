// assess(answers) → Assessment (contract §2; content-model §4–§7). Pure and deterministic: ids and
// numbers only. Applicability is settled once here; every rule below sees only visible answers,
// so an answer to a hidden question changes nothing (contract §1).
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import type { Answers } from '../catalogue/answers';
import { resolveApplicability } from '../catalogue/conditions';
import type { Assessment } from './schema';
import { scoreDimensions } from './dimensions';
import { scoreIndicators } from './indicators';
import { classifyNetworkModel } from './network-model';
import { evaluateRecommendation, orderRecommendations } from './recommendations/evaluate';
import { RECOMMENDATION_RULES } from './recommendations/rules';
import type { ScoringContext } from './weighted-score';

export function assess(answers: Answers): Assessment {
  const { applicable, visible } = resolveApplicability(answers);
  const ctx: ScoringContext = { applicable: new Set(applicable), visible };
  const dimensions = scoreDimensions(ctx);
  const indicators = scoreIndicators(ctx);
  const recommendations = orderRecommendations(
    RECOMMENDATION_RULES.map((rule) => evaluateRecommendation(rule, ctx, { dimensions, indicators })),
  );
  return {
    catalogueVersion: CATALOGUE_VERSION,
    // §5.5: answered = present among applicable, including "unsure", dont_know and text.
    coverage: { answered: visible.size, applicable: applicable.length },
    dimensions,
    networkModel: classifyNetworkModel(ctx),
    recommendations,
    indicators,
  };
}
