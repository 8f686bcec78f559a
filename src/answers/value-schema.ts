// The value shape of each question type (contract §1), derived from the catalogue. One schema
// serves the form (zodResolver), the answers-file reader, autosave and the CLI (style.md §9).
import '../catalogue/zod-jitless'; // before any schema is created: see zod-jitless.ts
import { z } from 'zod';
import { LIKERT_ANSWERS, YES_NO_UNSURE_VALUES } from '../catalogue/scales';
import type { AnswerValue } from '../catalogue/answers';
import type { QuestionDef } from '../catalogue/types';

/** Text is stored as typed (any Unicode) but trimmed and NFC-normalised, so "Emirdağ" typed with a
 *  combining breve and with a precomposed ğ are the same answer. */
export const normaliseText = (s: string) => s.normalize('NFC').trim();

function textSchema(maxLength: number) {
  return z
    .string({ error: 'not_text' })
    .transform(normaliseText)
    .pipe(z.string().min(1, { error: 'empty_text' }).max(maxLength, { error: 'too_long' }));
}

function distinct(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/** The zod schema of one question's value. Custom issue messages are problem codes
 *  (errors.answersFile.<code>), not text. */
export function valueSchema(q: QuestionDef): z.ZodType<AnswerValue> {
  switch (q.type) {
    case 'single':
      return z.enum(q.options as [string, ...string[]], { error: 'unknown_option' });
    case 'multi':
      return z
        .array(z.enum(q.options as [string, ...string[]], { error: 'unknown_option' }), {
          error: 'not_a_list',
        })
        .min(q.noneOk ? 0 : 1, { error: 'empty_list' })
        .refine(distinct, { error: 'duplicate_option' });
    case 'likert5':
      return z.literal(LIKERT_ANSWERS, { error: 'not_a_scale_value' });
    case 'yes_no_unsure':
      return z.enum(YES_NO_UNSURE_VALUES, { error: 'not_yes_no_unsure' });
    case 'number':
      return z
        .number({ error: 'not_a_number' })
        .refine(Number.isFinite, { error: 'not_a_number' })
        .refine((n) => n >= q.min && n <= q.max, { error: 'out_of_bounds' });
    case 'short_text':
    case 'long_text':
      return textSchema(q.maxLength);
  }
}
