// How an answer reads, as keys (no language): used by check-your-answers, the report's
// "because you answered …" and its appendix, so all three quote an answer the same way.
import type { AnswerValue } from '../catalogue/answers';
import { getQuestion, type QuestionId } from '../catalogue/catalogue';
import type { Side } from '../catalogue/ids';
import { isLikertValue, isYesNoUnsure } from '../catalogue/scales';
import { sideContext } from '../catalogue/side';
import {
  likertLabel,
  noneOfTheseLabel,
  optionLabel,
  unitLabel,
  unsureLabel,
  yesNoUnsureLabel,
  type MessageKey,
} from './keys';

/** One piece of an answer: a locale key (with i18next context for side wording) or the user's
 *  own text / number, which is shown literally and never used as a key or as markup. */
export type AnswerPart =
  | { readonly kind: 'key'; readonly key: MessageKey; readonly context?: Side }
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly unitKey: MessageKey };

/** The parts of an answer, in option order for multi answers; [] for "none of these". */
export function answerParts(id: QuestionId, value: AnswerValue, side?: Side): AnswerPart[] {
  const q = getQuestion(id);
  const ctx = sideContext(q, side);
  switch (q.type) {
    case 'single':
      return [{ kind: 'key', key: optionLabel(id, String(value)), ...ctx }];
    case 'multi': {
      const chosen = Array.isArray(value) ? value : [];
      if (chosen.length === 0) return [{ kind: 'key', key: noneOfTheseLabel(id) }];
      return q.options
        .filter((o) => chosen.includes(o))
        .map((o) => ({ kind: 'key', key: optionLabel(id, o), ...ctx }));
    }
    case 'likert5': {
      if (value === 'unsure') return [{ kind: 'key', key: unsureLabel() }];
      // A point off the scale never passes the answers schema; shown as written, not as a key.
      return [
        isLikertValue(value)
          ? { kind: 'key', key: likertLabel(q.scale, value) }
          : { kind: 'literal', text: String(value) },
      ];
    }
    case 'yes_no_unsure':
      return [{ kind: 'key', key: isYesNoUnsure(value) ? yesNoUnsureLabel(value) : unsureLabel() }];
    case 'number':
      return [{ kind: 'number', value: Number(value), unitKey: unitLabel(q.unit) }];
    case 'short_text':
    case 'long_text':
      return [{ kind: 'literal', text: String(value) }];
  }
}
