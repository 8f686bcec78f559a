// Between the form and the contract (contract §1): react-hook-form holds strings and string
// arrays (what the DOM gives), the store holds contract values. One conversion each way, and one
// zod schema per section built from the catalogue's valueSchema (style.md §9).
import { UNSURE } from '../../catalogue/scales';
import '../../catalogue/zod-jitless'; // before any schema is created: see zod-jitless.ts
import { z } from 'zod';
import type { AnswerValue, Answers } from '../../catalogue/answers';
import type { CatalogueQuestion } from '../../catalogue/catalogue';
import type { QuestionDef } from '../../catalogue/types';
import { valueSchema } from '../../answers/value-schema';
import { formatNumber } from '../../i18n/format-number';

/** The form value of the exclusive "none of these" checkbox; stored as [] (contract §1). No
 *  option id of a noneOk question is spelled like this (catalogue test keeps option ids apart). */
export const NONE_OF_THESE = 'none_of_these';

export type FormValues = Record<string, unknown>;

/** A stored value as the form shows it; a number is written as in `language` (12,5 in Dutch). */
export function toFormValue(
  q: QuestionDef,
  value: AnswerValue | undefined,
  language: string,
): string | string[] {
  if (q.type === 'multi') {
    if (value === undefined || !Array.isArray(value)) return [];
    return value.length === 0 && q.noneOk === true ? [NONE_OF_THESE] : [...value];
  }
  if (q.type === 'number' && typeof value === 'number') return formatNumber(value, language);
  return value === undefined ? '' : String(value);
}

export function toFormValues(
  questions: readonly CatalogueQuestion[],
  answers: Answers,
  language: string,
): FormValues {
  return Object.fromEntries(questions.map((q) => [q.id, toFormValue(q, answers[q.id], language)]));
}

/** Dutch writes 2,5 where English writes 2.5: both are accepted. Anything else is NaN, which the
 *  value schema reports as not_a_number. */
export function parseDecimal(text: string): number {
  const normal = text.trim().replace(',', '.');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(normal) ? Number(normal) : Number.NaN;
}

/** A form value as a contract-shaped candidate; `undefined` when the field is empty. */
export function fromFormValue(q: QuestionDef, raw: unknown): unknown {
  // A group of checkboxes gives an array, but a single unchecked radio group gives null.
  if (raw === null || raw === undefined || raw === false) return undefined;
  switch (q.type) {
    case 'multi': {
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
      if (list.includes(NONE_OF_THESE)) return [];
      return list.length === 0 ? undefined : list;
    }
    case 'likert5':
      if (raw === '') return undefined;
      return raw === UNSURE ? UNSURE : Number(raw);
    case 'number':
      return typeof raw === 'string' && raw.trim() === '' ? undefined : parseDecimal(String(raw));
    case 'short_text':
    case 'long_text':
      return typeof raw === 'string' && raw.trim() === '' ? undefined : raw;
    default:
      return raw === '' ? undefined : raw;
  }
}

export type ParsedAnswer = { ok: true; value: AnswerValue | undefined } | { ok: false; code: string };

/** The value schema as the form applies it. The form asks for whole numbers (years): the score
 *  counts completed years only (content-model §5.1), so "20,5" would suggest a precision that is
 *  not used. Answers files keep accepting decimals (contract §1): a file from an older version or
 *  another tool still opens, and the form asks to round it only when that part is next submitted. */
function formSchema(q: QuestionDef): z.ZodType<unknown> {
  const schema = valueSchema(q);
  if (q.type !== 'number') return schema;
  return schema.refine((n) => Number.isInteger(n), { error: 'not_whole_number' });
}

/** The stored value of a form value, or the problem code (errors.* keys) when it is not valid. */
export function parseFormValue(q: QuestionDef, raw: unknown): ParsedAnswer {
  const candidate = fromFormValue(q, raw);
  if (candidate === undefined) return { ok: true, value: undefined };
  const result = formSchema(q).safeParse(candidate);
  if (result.success) return { ok: true, value: result.data as AnswerValue };
  return { ok: false, code: result.error.issues[0]?.message ?? 'invalid' };
}

/** The section's form schema: every field optional (required is checked on Next, see
 *  missingRequired), each converted from its form value before the catalogue's value schema. */
export function sectionSchema(questions: readonly QuestionDef[]) {
  return z.object(
    Object.fromEntries(
      questions.map((q) => [q.id, z.preprocess((raw) => fromFormValue(q, raw), formSchema(q).optional())]),
    ),
  );
}

/** Applicable required questions left empty in the form. */
export function missingRequired(questions: readonly QuestionDef[], values: FormValues): QuestionDef[] {
  return questions.filter((q) => q.required === true && fromFormValue(q, values[q.id]) === undefined);
}

/** The error code for an empty required question, by how it is answered. */
export function requiredCode(q: QuestionDef): string {
  if (q.type === 'multi') return 'required_multi';
  if (q.type === 'short_text' || q.type === 'long_text' || q.type === 'number') return 'required_text';
  return 'required_choice';
}

/** The id of the question's first input: the target of error-summary links and "Change" links. */
export function firstInputId(q: QuestionDef): string {
  if (q.type === 'single' || q.type === 'multi') return optionInputId(q.id, q.options[0] ?? '');
  if (q.type === 'likert5') return optionInputId(q.id, '1');
  if (q.type === 'yes_no_unsure') return optionInputId(q.id, 'yes');
  return inputId(q.id);
}

export const inputId = (questionId: string) => `q-${questionId}`;
export const optionInputId = (questionId: string, option: string) => `q-${questionId}-${option}`;
