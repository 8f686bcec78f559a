// "No answer printed more than twice per language" (issue 18): the appendix quotes every answer
// once, so the body of the report may quote each answer at most once more. The ledger remembers
// what the body has quoted. NOTE: mutable by design, local to one buildReport call.
import type { MessageKey } from '../i18n/keys';
import type { Answers } from '../catalogue/answers';
import { text, type AnswerItem, type Text } from './blocks';
import { quoteAnswers } from './quote';

export interface QuoteLedger {
  /** The answers to these questions not quoted before, and marks them as quoted. */
  once(ids: readonly string[]): AnswerItem[];
  /** Marks answers as quoted elsewhere (a "because" line on the front page). */
  mark(ids: readonly string[]): void;
}

/** Profile answers (names, side, role) are never a reason for advice (content-model-v2 §4). */
export const isReason = (id: string) => !id.startsWith('profile_');

/** An answer as one line of why: "you answered “Disagree” to “…”". */
export const answeredLine = (item: AnswerItem, key: MessageKey = 'report.recommendations.answered'): Text =>
  text(key, { answer: { answer: item.parts }, question: item.label });

export function createQuoteLedger(answers: Answers): QuoteLedger {
  const quoted = new Set<string>();
  return {
    once(ids) {
      const items = quoteAnswers(
        ids.filter((id) => !quoted.has(id)),
        answers,
      );
      for (const item of items) quoted.add(item.question);
      return items;
    },
    mark(ids) {
      for (const id of ids) quoted.add(id);
    },
  };
}
