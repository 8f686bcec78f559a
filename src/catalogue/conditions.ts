// content-model §4: one evaluator of the condition grammar, used by the form, validation,
// scoring and the report, so they can never disagree about which questions apply.
import { QUESTIONS, inCatalogueOrder, isQuestionId, type QuestionId } from './catalogue';
import type { AnswerValue, Answers } from './answers';
import type { Condition } from './types';

/** The answers a condition can see: present and applicable (content-model §4.2, "visible value"). */
export type VisibleAnswers = ReadonlyMap<string, AnswerValue>;

function leafIsTrue(cond: Condition, value: AnswerValue | undefined): boolean {
  // Every leaf is false when its question is absent (content-model §4.2).
  if (value === undefined) return false;
  if ('answered' in cond) return true;
  if ('equals' in cond) return value === cond.equals;
  if ('in' in cond) return !Array.isArray(value) && cond.in.includes(value as string | number);
  if ('includes' in cond) return Array.isArray(value) && value.includes(cond.includes);
  if ('excludes' in cond) return Array.isArray(value) && !value.includes(cond.excludes);
  // lte/gte are false for "unsure" and other non-numbers.
  if ('lte' in cond) return typeof value === 'number' && value <= cond.lte;
  if ('gte' in cond) return typeof value === 'number' && value >= cond.gte;
  return false;
}

export function evaluateCondition(cond: Condition, visible: VisibleAnswers): boolean {
  if ('all' in cond) return cond.all.every((c) => evaluateCondition(c, visible));
  if ('any' in cond) return cond.any.some((c) => evaluateCondition(c, visible));
  if ('not' in cond) return !evaluateCondition(cond.not, visible);
  return leafIsTrue(cond, visible.get(cond.question));
}

/** The trigger questions of a condition (content-model §4.2): ids of the true leaves inside true
 *  sub-trees, every true child of `any`, nothing under `not`; catalogue order, no duplicates.
 *  Empty when the condition is false. */
export function conditionTriggers(cond: Condition, visible: VisibleAnswers): QuestionId[] {
  if (!evaluateCondition(cond, visible)) return [];
  const ids: string[] = [];
  const collect = (c: Condition): void => {
    if ('not' in c) return;
    if ('all' in c || 'any' in c) {
      for (const child of 'all' in c ? c.all : c.any) if (evaluateCondition(child, visible)) collect(child);
      return;
    }
    ids.push(c.question);
  };
  collect(cond);
  return inCatalogueOrder(ids);
}

/** Which questions apply, and the answers a condition can see, settled in one pass in catalogue
 *  order: a "shown when" refers only to earlier questions (content-model §4.2). */
export interface Applicability {
  /** Ids of the questions whose "shown when" holds, in catalogue order. */
  readonly applicable: readonly QuestionId[];
  /** The applicable answers; answers to hidden questions are left out (contract §1). */
  readonly visible: VisibleAnswers;
}

export function resolveApplicability(answers: Answers): Applicability {
  const visible = new Map<string, AnswerValue>();
  const applicable: QuestionId[] = [];
  for (const q of QUESTIONS) {
    if (q.showIf !== undefined && !evaluateCondition(q.showIf, visible)) continue;
    const id = q.id;
    applicable.push(id);
    const value = answers[id];
    if (value !== undefined) visible.set(id, value);
  }
  return { applicable, visible };
}

export function isApplicable(questionId: string, answers: Answers): boolean {
  return isQuestionId(questionId) && resolveApplicability(answers).applicable.includes(questionId);
}
