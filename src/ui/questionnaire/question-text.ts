// The texts of one question in the current language: label, optional hint, "why we ask" help and
// option labels, with the profile_side context for side-dependent wording (content-model §3.9).
import { useTranslation } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';
import type { Side } from '../../catalogue/ids';
import type { QuestionDef } from '../../catalogue/types';
import { optionLabel, questionError, questionHelp, questionHint, questionLabel } from '../../i18n/keys';
import { sideContext, sideOf } from '../../catalogue/side';
import { useAnswers } from '../answers-store';

export interface QuestionText {
  readonly label: string;
  readonly hint?: string;
  readonly help: string;
}

/** The side chosen in the profile, if any: it picks the `_destination` / `_source` wording. */
export function useSide(): Side | undefined {
  return sideOf(useAnswers().answers);
}

/** The question's label as the respondent sees it: in the side's wording where it has one. */
export function labelText(t: TFunction, q: QuestionDef, side: Side | undefined): string {
  return t(questionLabel(q.id), sideContext(q, side));
}

export function useQuestionText(q: QuestionDef): QuestionText {
  const { t, i18n } = useTranslation();
  const side = useSide();
  const ctx = sideContext(q, side);
  // Hints are optional: ask before translating, as a missing key throws in tests (style.md §8).
  const hintKey = questionHint(q.id);
  const hasHint = i18n.exists(hintKey, ctx);
  return {
    label: labelText(t, q, side),
    ...(hasHint ? { hint: t(hintKey, ctx) } : {}),
    help: t(questionHelp(q.id)),
  };
}

export function optionText(t: TFunction, q: QuestionDef, option: string, side: Side | undefined): string {
  return t(optionLabel(q.id, option), sideContext(q, side));
}

/** The error summary's line: the message alone where it names the question, otherwise the
 *  question's label and the general message. */
export function summaryText(i18n: I18n, q: QuestionDef, label: string, code: string): string {
  const message = errorText(i18n, q, code);
  if (i18n.exists(questionError(q.id, code))) return message;
  return i18n.t('ui.questionnaire.errorSummary.item', { question: label, message });
}

/** The message of an error code, with the numbers the question's bounds give it. A question may
 *  have its own wording that names what is asked (GOV.UK: "Enter your full name", not "Enter an
 *  answer"); otherwise the type's general message. */
export function errorText(i18n: I18n, q: QuestionDef, code: string): string {
  const params =
    q.type === 'number'
      ? { min: q.min, max: q.max }
      : q.type === 'short_text' || q.type === 'long_text'
        ? { max: q.maxLength }
        : {};
  const own = questionError(q.id, code);
  if (i18n.exists(own)) return i18n.t(own, params);
  const key = `ui.questionnaire.errors.${code}`;
  return i18n.exists(key) ? i18n.t(key, params) : i18n.t('ui.questionnaire.errors.invalid');
}
