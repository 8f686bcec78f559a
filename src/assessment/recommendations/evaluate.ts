// content-model §7.1: the one evaluator shared by R1–R7. Each rule is data (r1-….ts … r7-….ts);
// this file decides applicability, triggered actions, priority, triggers and evidence.
import { inCatalogueOrder, type QuestionId } from '../../catalogue/catalogue';
import { NO_SCORE_VALUES } from '../../catalogue/answers';
import { conditionTriggers, evaluateCondition } from '../../catalogue/conditions';
import { conditionLeaves } from '../../catalogue/schema';
import { RECOMMENDATION_IDS, type Priority, type RecommendationId } from '../../catalogue/ids';
import { profile } from '../../catalogue/sections/profile';
import type { LinkedScore, RecommendationResult } from '../schema';
import { ratio2, type Ratio } from '../rounding';
import type { ScoringContext } from '../weighted-score';
import { RECOMMENDATION_RULES } from './rules';
import type { LinkedRef, RecommendationRule } from './types';

/** The questions about who answers (the profile section), never counted as evidence. */
const PROFILE_QUESTIONS: ReadonlySet<string> = new Set(profile.questions.map((q) => q.id));

/** §7.1.3: a linked score is low when it is not null and below this. */
export const LOW_SCORE_BELOW = 40;
/** content-model-v2 §2.3: …and rests on at least this many scored items (a derived item counts
 *  as one), so one answer cannot count twice: as a trigger and as the whole linked score. */
export const LOW_SCORE_MIN_ITEMS = 2;
/** §7.1.3: this many triggered actions make a recommendation high on their own. */
export const HIGH_ACTION_COUNT = 3;

/** The scores a rule's linked references are looked up in: one file's, or the group's (§8.5). */
export interface ComputedScores {
  readonly dimensions: readonly { readonly id: string; readonly score: number | null }[];
  readonly indicators: readonly { readonly id: string; readonly score: number | null }[];
  /** content-model-v2 §2.3: whether the score rests on ≥ LOW_SCORE_MIN_ITEMS scored items (one
   *  file: its own count; the group: in at least half of the files that score it, §5). */
  readonly restsOnEnoughItems: (ref: LinkedRef) => boolean;
}

export function linkedScores(rule: RecommendationRule, scores: ComputedScores): LinkedScore[] {
  return rule.linked.map((ref) => {
    const list = ref.kind === 'dimension' ? scores.dimensions : scores.indicators;
    const score = list.find((s) => s.id === ref.id)?.score ?? null;
    const low = score !== null && score < LOW_SCORE_BELOW && scores.restsOnEnoughItems(ref);
    return { kind: ref.kind, id: ref.id, score, low };
  });
}

/** §7.1.1: a rule without an applicability condition always applies. */
export function isRuleApplicable(rule: RecommendationRule, visible: ScoringContext['visible']): boolean {
  return rule.applicability === undefined || evaluateCondition(rule.applicability, visible);
}

/** §7.1.6, exact (k, n): of the applicable questions named by the action triggers (n), those that
 *  carry a real answer (k). */
/** Per rule, worked out once: assess() and the group ask for every file (issue 14: 500 files). */
const REFERENCED = new WeakMap<RecommendationRule, readonly QuestionId[]>();

/** The questions a rule's action triggers name, in catalogue order, without the profile's. */
function referencedQuestions(rule: RecommendationRule): readonly QuestionId[] {
  let referenced = REFERENCED.get(rule);
  if (referenced === undefined) {
    // content-model-v2 §3: who answers and from which side is not evidence about the partnership.
    referenced = inCatalogueOrder(
      rule.actions.flatMap((a) => conditionLeaves(a.trigger).map((l) => l.question)),
    ).filter((q) => !PROFILE_QUESTIONS.has(q));
    REFERENCED.set(rule, referenced);
  }
  return referenced;
}

export function evidenceCount(rule: RecommendationRule, ctx: ScoringContext): Ratio {
  const referenced = referencedQuestions(rule);
  const applicable = referenced.filter((q) => ctx.applicable.has(q));
  const answered = applicable.filter((q) => {
    const v = ctx.visible.get(q);
    return v !== undefined && !(typeof v === 'string' && NO_SCORE_VALUES.includes(v));
  });
  return [answered.length, applicable.length];
}

function evidenceOf(rule: RecommendationRule, ctx: ScoringContext): number {
  const [k, n] = evidenceCount(rule, ctx);
  // Each recommendation references an always-shown question, so n ≥ 1.
  return n === 0 ? 0 : ratio2(k, n);
}

/** §7.1.3: high from n triggered actions alone, or from one action and a low linked score
 *  (content-model-v2 §2.3 decides `low`). */
export function priorityOf(actionCount: number, linked: readonly { readonly low: boolean }[]): Priority {
  const anyLow = linked.some((l) => l.low);
  if (actionCount >= HIGH_ACTION_COUNT || (actionCount >= 1 && anyLow)) return 'high';
  return actionCount >= 1 ? 'medium' : 'low';
}

export function evaluateRecommendation(
  rule: RecommendationRule,
  ctx: ScoringContext,
  scores: ComputedScores,
): RecommendationResult {
  const linked = linkedScores(rule, scores);
  if (!isRuleApplicable(rule, ctx.visible))
    return {
      id: rule.id,
      priority: 'not_applicable',
      evidence: null,
      triggers: [],
      actions: [],
      linkedScores: linked,
    };
  const actions = rule.actions
    .map((a) => ({ id: a.id, triggers: conditionTriggers(a.trigger, ctx.visible) as string[] }))
    .filter((a) => a.triggers.length > 0);
  const triggers: QuestionId[] = inCatalogueOrder(actions.flatMap((a) => a.triggers));
  return {
    id: rule.id,
    priority: priorityOf(actions.length, linked),
    evidence: evidenceOf(rule, ctx),
    triggers,
    actions,
    linkedScores: linked,
  };
}

const PRIORITY_RANK: Readonly<Record<Priority, number>> = { high: 0, medium: 1, low: 2, not_applicable: 3 };

/** What the order of content-model-v2 §2.4 reads of one file's or the group's recommendation. */
export interface OrderedRecommendation {
  readonly id: RecommendationId;
  readonly priority: Priority;
  /** A group's action point may be listed but not included (content-model-v2 §5): it does not count. */
  readonly actions: readonly object[];
  readonly linkedScores: readonly { readonly score: number | null }[];
}

const ACTION_TOTALS: ReadonlyMap<string, number> = new Map(
  RECOMMENDATION_RULES.map((r) => [r.id, r.actions.length]),
);

const countedActions = (r: OrderedRecommendation): number =>
  r.actions.filter((a) => !('included' in a) || a.included !== false).length;

const lowestLinked = (r: OrderedRecommendation): number | null =>
  r.linkedScores.reduce<number | null>(
    (min, l) => (l.score === null ? min : min === null ? l.score : Math.min(min, l.score)),
    null,
  );

/** content-model-v2 §2.4, a total order: priority; then the larger share of the recommendation's
 *  action points triggered (exact fractions, cross-multiplied); then the lower lowest non-null
 *  linked score (none comes after any); then R order. Negative when `a` comes first. */
export function compareRecommendations(a: OrderedRecommendation, b: OrderedRecommendation): number {
  const byPriority = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  if (byPriority !== 0) return byPriority;
  // n_a / N_a > n_b / N_b  ⇔  n_a · N_b > n_b · N_a (all positive integers).
  const byShare =
    countedActions(b) * (ACTION_TOTALS.get(a.id) ?? 1) - countedActions(a) * (ACTION_TOTALS.get(b.id) ?? 1);
  if (byShare !== 0) return byShare;
  const [la, lb] = [lowestLinked(a), lowestLinked(b)];
  if (la !== lb) return la === null ? 1 : lb === null ? -1 : la - lb;
  return RECOMMENDATION_IDS.indexOf(a.id) - RECOMMENDATION_IDS.indexOf(b.id);
}

/** §2.4: the recommendations in the order the report presents them. */
export function orderRecommendations<T extends OrderedRecommendation>(results: readonly T[]): T[] {
  return [...results].sort(compareRecommendations);
}
