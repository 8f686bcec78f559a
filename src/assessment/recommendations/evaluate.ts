// content-model §7.1: the one evaluator shared by R1–R7. Each rule is data (r1-….ts … r7-….ts);
// this file decides applicability, triggered actions, priority, triggers and evidence.
import { inCatalogueOrder, type QuestionId } from '../../catalogue/catalogue';
import { NO_SCORE_VALUES } from '../../catalogue/answers';
import { conditionTriggers, evaluateCondition } from '../../catalogue/conditions';
import { conditionLeaves } from '../../catalogue/schema';
import type { Priority } from '../../catalogue/ids';
import type { LinkedScore, RecommendationResult } from '../schema';
import { ratio2, type Ratio } from '../rounding';
import type { ScoringContext } from '../weighted-score';
import type { RecommendationRule } from './types';

/** §7.1.3: a linked score is low when it is not null and below this. */
export const LOW_SCORE_BELOW = 40;
/** §7.1.3: this many triggered actions make a recommendation high on their own. */
export const HIGH_ACTION_COUNT = 3;

/** The scores a rule's linked references are looked up in: one file's, or the group's (§8.5). */
export interface ComputedScores {
  readonly dimensions: readonly { readonly id: string; readonly score: number | null }[];
  readonly indicators: readonly { readonly id: string; readonly score: number | null }[];
}

export function linkedScores(rule: RecommendationRule, scores: ComputedScores): LinkedScore[] {
  return rule.linked.map((ref) => {
    const list = ref.kind === 'dimension' ? scores.dimensions : scores.indicators;
    return { kind: ref.kind, id: ref.id, score: list.find((s) => s.id === ref.id)?.score ?? null };
  });
}

/** §7.1.1: a rule without an applicability condition always applies. */
export function isRuleApplicable(rule: RecommendationRule, visible: ScoringContext['visible']): boolean {
  return rule.applicability === undefined || evaluateCondition(rule.applicability, visible);
}

/** §7.1.6, exact (k, n): of the applicable questions named by the action triggers (n), those that
 *  carry a real answer (k). */
export function evidenceCount(rule: RecommendationRule, ctx: ScoringContext): Ratio {
  const referenced = inCatalogueOrder(
    rule.actions.flatMap((a) => conditionLeaves(a.trigger).map((l) => l.question)),
  );
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

/** §7.1.3: high from n triggered actions alone, or from one action and a low linked score. */
export function priorityOf(
  actionCount: number,
  linked: readonly { readonly score: number | null }[],
): Priority {
  const anyLow = linked.some((l) => l.score !== null && l.score < LOW_SCORE_BELOW);
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

/** §7.1.5: highest priority first, ties in R order (the input order; Array.sort is stable). */
export function orderRecommendations<T extends { readonly priority: Priority }>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]);
}
