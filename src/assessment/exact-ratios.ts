// The exact fractions behind a file's rounded coverage and evidence (content-model §8.2, §8.5:
// the group takes the mean of the files' EXACT ratios). The item and trigger tables are the
// assessment module's own data, so the group can never count a different set of questions.
// A test checks that ratio2(k, n) here equals the Assessment's rounded figure for every file.
import { NO_SCORE_VALUES } from '../catalogue/answers';
import { inCatalogueOrder, type QuestionId } from '../catalogue/catalogue';
import type { VisibleAnswers } from '../catalogue/conditions';
import { conditionLeaves } from '../catalogue/schema';
import type { DimensionId, IndicatorId, RecommendationId } from '../catalogue/ids';
import { DIMENSION_ITEMS } from '../assessment/dimensions';
import { INDICATOR_ITEMS } from '../assessment/indicators';
import { RECOMMENDATION_RULES } from '../assessment/recommendations/rules';
import type { Assessment, Contribution } from '../assessment/schema';

export type Ratio = readonly [k: number, n: number];

export interface ExactRatios {
  readonly dimensions: ReadonlyMap<DimensionId, Ratio>;
  readonly indicators: ReadonlyMap<IndicatorId, Ratio>;
  /** Only for recommendations that apply to the file. */
  readonly evidence: ReadonlyMap<RecommendationId, Ratio>;
}

// §7.1.6: the questions named by a recommendation's action triggers, computed once.
const EVIDENCE_QUESTIONS = new Map<RecommendationId, readonly QuestionId[]>(
  RECOMMENDATION_RULES.map((rule) => [
    rule.id,
    inCatalogueOrder(rule.actions.flatMap((a) => conditionLeaves(a.trigger).map((l) => l.question))),
  ]),
);

function coverageRatio(
  items: readonly { question: QuestionId }[],
  contributions: readonly Contribution[],
  applicable: ReadonlySet<string>,
): Ratio {
  // The Assessment's contributions are the applicable answered items; scored = those with a score.
  const scored = contributions.filter((c) => c.itemScore !== null).length;
  return [scored, items.filter((i) => applicable.has(i.question)).length];
}

export function exactRatios(
  assessment: Assessment,
  applicable: ReadonlySet<string>,
  visible: VisibleAnswers,
): ExactRatios {
  const dimensions = new Map<DimensionId, Ratio>(
    assessment.dimensions.map((d) => [d.id, coverageRatio(DIMENSION_ITEMS[d.id], d.contributions, applicable)]),
  );
  const indicators = new Map<IndicatorId, Ratio>(
    assessment.indicators.map((d) => [d.id, coverageRatio(INDICATOR_ITEMS[d.id], d.contributions, applicable)]),
  );
  const evidence = new Map<RecommendationId, Ratio>();
  for (const r of assessment.recommendations) {
    if (r.priority === 'not_applicable') continue;
    const asked = (EVIDENCE_QUESTIONS.get(r.id) ?? []).filter((q) => applicable.has(q));
    const real = asked.filter((q) => {
      const v = visible.get(q);
      return v !== undefined && !(typeof v === 'string' && NO_SCORE_VALUES.includes(v));
    });
    evidence.set(r.id, [real.length, asked.length]);
  }
  return { dimensions, indicators, evidence };
}
