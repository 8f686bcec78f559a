// content-model §8.5: the group's recommendations — a majority over participants, then the
// usual priority rule (§7.1.3) on the GROUP's linked scores. The rules and thresholds are the
// assessment module's own (one source of truth); only the majority step is group-specific.
import { inCatalogueOrder } from '../catalogue/catalogue';
import { SIDES, type Side } from '../catalogue/ids';
import {
  linkedScores,
  LOW_SCORE_MIN_ITEMS,
  orderRecommendations,
  priorityOf,
  type ComputedScores,
} from '../assessment/recommendations/evaluate';
import { RECOMMENDATION_RULES } from '../assessment/recommendations/rules';
import type { LinkedRef, RecommendationRule } from '../assessment/recommendations/types';
import type { Ratio } from '../assessment/rounding';
import type { FileFacts } from './facts';
import { ratio2 } from '../assessment/rounding';
import { meanOfRatios2 } from './rounding';
import type { GroupAction, GroupRecommendation } from './schema';

function groupRecommendation(rule: RecommendationRule, files: readonly FileFacts[], scores: ComputedScores) {
  const linked = linkedScores(rule, scores);
  const own = files.flatMap((f) => {
    const r = f.participant.assessment.recommendations.find((x) => x.id === rule.id);
    return r === undefined || r.priority === 'not_applicable' ? [] : [{ f, r }];
  });
  const m = own.length;
  // Not applicable for the group when it applies to fewer than half the files.
  if (2 * m < files.length)
    return {
      id: rule.id,
      priority: 'not_applicable',
      evidence: null,
      triggers: [],
      actions: [],
      applicableFiles: m,
      linkedScores: linked,
    } satisfies GroupRecommendation;
  const actions: GroupAction[] = [];
  const sideFiles = { destination: 0, source: 0 };
  for (const { f } of own) if (f.side !== null) sideFiles[f.side] += 1;
  for (const a of rule.actions) {
    // One pass over the files (500 files, issue 14): the hits, and how many on each side.
    const hits: { readonly triggers: readonly string[] }[] = [];
    const sideHits = { destination: 0, source: 0 };
    for (const { f, r } of own) {
      const hit = r.actions.find((x) => x.id === a.id);
      if (hit === undefined) continue;
      hits.push(hit);
      if (f.side !== null) sideHits[f.side] += 1;
    }
    // v2 §5: the share per side, over the files on that side for which the recommendation applies.
    const sideShare = (side: Side): number | null =>
      sideFiles[side] === 0 ? null : ratio2(sideHits[side], sideFiles[side]);
    const shareBySide = { destination: sideShare('destination'), source: sideShare('source') };
    // Included when triggered for at least half of the files it applies to (§8.5).
    const included = 2 * hits.length >= m;
    // Not included overall, but half of one side (of at least two files) asks for it: listed apart.
    const halfOfASide = SIDES.some((side) => sideFiles[side] >= 2 && 2 * sideHits[side] >= sideFiles[side]);
    if (!included && !halfOfASide) continue;
    actions.push({
      id: a.id,
      triggers: inCatalogueOrder(hits.flatMap((h) => h.triggers)),
      hits: hits.length,
      share: ratio2(hits.length, m),
      shareBySide,
      included,
    });
  }
  const counted = actions.filter((a) => a.included);
  const evidence = meanOfRatios2(own.map(({ f }) => f.ratios.evidence.get(rule.id) ?? [0, 1]));
  return {
    id: rule.id,
    // Only the included action points count for the priority and the triggers (v2 §5).
    priority: priorityOf(counted.length, linked),
    evidence,
    triggers: inCatalogueOrder(counted.flatMap((a) => a.triggers)),
    actions,
    applicableFiles: m,
    linkedScores: linked,
  } satisfies GroupRecommendation;
}

/** content-model-v2 §5, "priority in the group": a group linked score can be low only when, in at
 *  least half of the files that score it, it rests on ≥ LOW_SCORE_MIN_ITEMS scored items (with
 *  one file this is the single-file rule, §2.3). */
export function groupRestsOnEnoughItems(files: readonly FileFacts[]): (ref: LinkedRef) => boolean {
  return (ref) => {
    const lens = ref.kind === 'dimension' ? 'dimensions' : 'indicators';
    const scoring = files.filter(
      (f) => f.participant.assessment[lens].find((s) => s.id === ref.id)?.score != null,
    );
    const enough = scoring.filter((f) => {
      const ratios: ReadonlyMap<string, Ratio> = f.ratios[lens];
      return (ratios.get(ref.id)?.[0] ?? 0) >= LOW_SCORE_MIN_ITEMS;
    });
    return scoring.length > 0 && 2 * enough.length >= scoring.length;
  };
}

/** All seven, in the order of content-model-v2 §2.4 on the group's included action points and
 *  group linked scores. */
export function groupRecommendations(
  files: readonly FileFacts[],
  scores: ComputedScores,
): GroupRecommendation[] {
  return orderRecommendations(RECOMMENDATION_RULES.map((rule) => groupRecommendation(rule, files, scores)));
}
