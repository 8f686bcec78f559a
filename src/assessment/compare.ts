// Next year's mirror (issue 15, item 1): what changed between an earlier assessment of a
// partnership and the one of now. Pure: two files and their Assessments in, ids and numbers out.
// Both Assessments come from the current assess(), so an older file (read through the answers
// migrations) is scored by today's rules and the two are comparable.
import type { AnswersFile } from '../answers/file-schema';
import { partnershipKey } from '../answers/partnership-pair';
import { planOf, type PlanItem } from '../answers/plan';
import { assess } from './assess';
import type { Comparison } from './comparison-schema';
import { RECOMMENDATION_RULES } from './recommendations/rules';
import type { Assessment } from './schema';

export interface AssessedFile {
  readonly file: AnswersFile;
  readonly assessment: Assessment;
}

/** Two files about different partnerships: the names as each file spells them, for the message. */
export interface DifferentPartnership {
  readonly now: { readonly own: string; readonly partner: string };
  readonly earlier: { readonly own: string; readonly partner: string };
}

export type CompareResult =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly code: 'different_partnership'; readonly pair: DifferentPartnership };

/** Every action point in catalogue order (R order, then the order of content-model §7.2). */
const ACTION_ORDER: ReadonlyMap<string, number> = new Map(
  RECOMMENDATION_RULES.flatMap((r) => r.actions.map((a) => a.id)).map((id, i) => [id, i]),
);
const byCatalogueOrder = (a: string, b: string) =>
  (ACTION_ORDER.get(a) ?? Number.MAX_SAFE_INTEGER) - (ACTION_ORDER.get(b) ?? Number.MAX_SAFE_INTEGER) ||
  (a < b ? -1 : a > b ? 1 : 0);

const triggeredActions = (a: Assessment): ReadonlySet<string> =>
  new Set(a.recommendations.flatMap((r) => r.actions.map((x) => x.id)));

const nameOf = (v: unknown) => (typeof v === 'string' ? v : '');

function pairOf(file: AnswersFile) {
  const own = nameOf(file.answers.profile_own_municipality);
  const partner = nameOf(file.answers.profile_partner_municipality);
  return { own, partner, key: partnershipKey(own, partner) };
}

interface Scored {
  readonly id: string;
  readonly score: number | null;
}

function changes<T extends Scored>(now: readonly T[], then: readonly T[]) {
  const earlier = new Map(then.map((x) => [x.id, x.score]));
  return now.map((x) => {
    const before = earlier.get(x.id) ?? null;
    return {
      id: x.id as T['id'],
      then: before,
      now: x.score,
      change: before === null || x.score === null ? null : x.score - before,
    };
  });
}

/** The plan items of both files, one per action point: the newer file's item wins (its status is
 *  the latest word), so a plan carried on in this year's file overrides last year's copy. */
function planFollowUp(now: AssessedFile, earlier: AssessedFile): Comparison['plan'] {
  const items = new Map<string, PlanItem>();
  for (const item of planOf(earlier.file)) items.set(item.actionId, item);
  for (const item of planOf(now.file)) items.set(item.actionId, item);
  const then = triggeredActions(earlier.assessment);
  const current = triggeredActions(now.assessment);
  return [...items.keys()].sort(byCatalogueOrder).map((actionId) => ({
    actionId,
    status: items.get(actionId)?.status ?? 'planned',
    triggeredThen: then.has(actionId),
    triggeredNow: current.has(actionId),
  }));
}

/** Refuses two files of different partnerships (the pair rule of content-model-v2 §5, either
 *  order). A file that does not name both municipalities cannot be told apart, so it is compared. */
export function compareAssessments(now: AssessedFile, earlier: AssessedFile): CompareResult {
  const a = pairOf(now.file);
  const b = pairOf(earlier.file);
  if (a.key !== null && b.key !== null && a.key !== b.key)
    return {
      ok: false,
      code: 'different_partnership',
      pair: { now: { own: a.own, partner: a.partner }, earlier: { own: b.own, partner: b.partner } },
    };
  const then = triggeredActions(earlier.assessment);
  const current = triggeredActions(now.assessment);
  return {
    ok: true,
    comparison: {
      earlierSavedAt: earlier.file.savedAt,
      dimensions: changes(now.assessment.dimensions, earlier.assessment.dimensions),
      indicators: changes(now.assessment.indicators, earlier.assessment.indicators),
      actionsAdded: [...current].filter((id) => !then.has(id)).sort(byCatalogueOrder),
      actionsResolved: [...then].filter((id) => !current.has(id)).sort(byCatalogueOrder),
      networkModel: { then: earlier.assessment.networkModel.id, now: now.assessment.networkModel.id },
      plan: planFollowUp(now, earlier),
    },
  };
}

/** Both files assessed by today's rules, then compared. */
export function compareFiles(now: AnswersFile, earlier: AnswersFile): CompareResult {
  return compareAssessments(
    { file: now, assessment: assess(now.answers) },
    { file: earlier, assessment: assess(earlier.answers) },
  );
}

/** The params of `errors.compare.different_partnership` (user text, shown as typed). */
export const differentPartnershipParams = (pair: DifferentPartnership) => ({
  nowOwn: pair.now.own,
  nowPartner: pair.now.partner,
  earlierOwn: pair.earlier.own,
  earlierPartner: pair.earlier.partner,
});
