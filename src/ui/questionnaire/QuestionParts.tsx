// The pieces every question shares: required marker, hint, "Why we ask this" disclosure and the
// inline error. Their ids are joined in aria-describedby (style.md §7).
import { FormLabel } from '@utrecht/form-label-react';
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { QuestionDef } from '../../catalogue/types';
import { inputId } from './form-values';
import { errorText, type QuestionText } from './question-text';

export const hintId = (questionId: string) => `${inputId(questionId)}-hint`;
export const errorId = (questionId: string) => `${inputId(questionId)}-error`;

/** The error code react-hook-form holds for this question, if any. */
export function useFieldError(questionId: string): string | undefined {
  const { formState } = useFormContext();
  const message = formState.errors[questionId]?.message;
  return typeof message === 'string' ? message : undefined;
}

/** aria-describedby for a question: hint, then error, then any extra ids (unit, count). */
export function describedBy(
  q: QuestionDef,
  text: QuestionText,
  error: string | undefined,
  ...extra: string[]
) {
  const ids = [
    text.hint !== undefined ? hintId(q.id) : '',
    error !== undefined ? errorId(q.id) : '',
    ...extra,
  ];
  const joined = ids.filter((id) => id !== '').join(' ');
  return joined === '' ? undefined : joined;
}

export function RequiredMark({ q }: { q: QuestionDef }) {
  const { t } = useTranslation();
  if (q.required !== true) return null;
  return <span className="pm-required"> {t('ui.questionnaire.question.required')}</span>;
}

/** Hint, help and error, in the GOV.UK order: what to do, why, and what went wrong. */
export function QuestionDetails({
  q,
  text,
  error,
}: {
  q: QuestionDef;
  text: QuestionText;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {text.hint !== undefined && (
        <p id={hintId(q.id)} className="utrecht-form-field-description pm-hint">
          {text.hint}
        </p>
      )}
      <details className="pm-help">
        <summary className="pm-help__summary">{t('ui.questionnaire.question.whyWeAsk')}</summary>
        <p className="utrecht-paragraph pm-help__text">{text.help}</p>
      </details>
      {error !== undefined && (
        <p id={errorId(q.id)} className="utrecht-form-field-error-message pm-error-message">
          <span className="pm-visually-hidden">{t('ui.questionnaire.question.errorPrefix')} </span>
          {errorText(i18n, q, error)}
        </p>
      )}
    </>
  );
}

/** The frame of a question answered in one labelled box (text, number): label with required mark,
 *  hint, "why we ask" and error, then the box and what belongs to it (`children`). */
export function LabelledField(props: {
  q: QuestionDef;
  text: QuestionText;
  error: string | undefined;
  children: ReactNode;
}) {
  const { q, text, error, children } = props;
  const invalid = error !== undefined ? ' utrecht-form-field--invalid' : '';
  return (
    <div className={`utrecht-form-field utrecht-form-field--text pm-question${invalid}`}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={inputId(q.id)} className="pm-question__legend">
          {text.label}
          <RequiredMark q={q} />
        </FormLabel>
      </div>
      <QuestionDetails q={q} text={text} error={error} />
      {children}
    </div>
  );
}
