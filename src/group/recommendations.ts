// content-model §8.5: the group's recommendations — a majority over participants, then the
// usual priority rule (§7.1.3) on the GROUP's linked scores. The rules and thresholds are the
// assessment module's own (one source of truth); only the majority step is group-specific.
import { inCatalogueOrder } from '../catalogue/catalogue';
import type { Priority } from '../catalogue/ids';
import { HIGH_ACTION_COUNT, LOW_SCORE_BELOW } from '../assessment/recommendations/evaluate';
import { RECOMMENDATION_RULES } from '../assessment/recommendations/rules';
import type { RecommendationRule } from '../assessment/recommendations/types';
import type { FileFacts } from './facts';
import { meanOfRatios2, ratio2 } from './rounding';
import type { GroupAction, GroupDimension, GroupIndicator, GroupRecommendation } from './schema';

interface GroupScores {
  readonly dimensions: readonly GroupDimension[];
  readonly indicators: readonly GroupIndicator[];
}

type Linked = GroupRecommendation['linkedScores'];

function linkedScores(rule: RecommendationRule, scores: GroupScores): Linked {
  return rule.linked.map((ref) => {
    const list: readonly { id: string; score: number | null }[] =
      ref.kind === 'dimension' ? scores.dimensions : scores.indicators;
    return { kind: ref.kind, id: ref.id, score: list.find((s) => s.id === ref.id)?.score ?? null };
  });
}

// §7.1.3, with the assessment's thresholds.
function priorityOf(actionCount: number, linked: Linked): Priority {
  const anyLow = linked.some((l) => l.score !== null && l.score < LOW_SCORE_BELOW);
  if (actionCount >= HIGH_ACTION_COUNT || (actionCount >= 1 && anyLow)) return 'high';
  return actionCount >= 1 ? 'medium' : 'low';
}

function groupRecommendation(rule: RecommendationRule, files: readonly FileFacts[], scores: GroupScores) {
  const linked = linkedScores(rule, scores);
  const own = files.flatMap((f) => {
    const r = f.participant.assessment.recommendations.find((x) => x.id === rule.id);
    return r === undefined || r.priority === 'not_applicable' ? [] : [{ f, r }];
  });
  const m = own.length;
  // Not applicable for the group when it applies to fewer than half the files.
  if (2 * m < files.length)
    return { id: rule.id, priority: 'not_applicable', evidence: null, triggers: [], actions: [], applicableFiles: m, linkedScores: linked } satisfies GroupRecommendation;
  const actions: GroupAction[] = [];
  for (const a of rule.actions) {
    const hits = own.flatMap(({ r }) => r.actions.filter((x) => x.id === a.id));
    // Included when triggered for at least half of the files it applies to.
    if (2 * hits.length < m) continue;
    actions.push({
      id: a.id,
      triggers: inCatalogueOrder(hits.flatMap((h) => h.triggers)),
      hits: hits.length,
      share: ratio2(hits.length, m),
    });
  }
  const evidence = meanOfRatios2(own.map(({ f }) => f.ratios.evidence.get(rule.id) ?? [0, 1]));
  return {
    id: rule.id,
    priority: priorityOf(actions.length, linked),
    evidence,
    triggers: inCatalogueOrder(actions.flatMap((a) => a.triggers)),
    actions,
    applicableFiles: m,
    linkedScores: linked,
  } satisfies GroupRecommendation;
}

const PRIORITY_RANK: Readonly<Record<Priority, number>> = { high: 0, medium: 1, low: 2, not_applicable: 3 };

/** All seven, highest priority first, ties in R order (§7.1.5). */
export function groupRecommendations(files: readonly FileFacts[], scores: GroupScores): GroupRecommendation[] {
  return RECOMMENDATION_RULES.map((rule): GroupRecommendation => groupRecommendation(rule, files, scores)).sort(
    (a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority],
  );
}
