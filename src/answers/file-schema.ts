// The answers file of contract §1 as one zod schema, derived from the catalogue (style.md §9).
// Each answer is checked by valueSchema; the answers object is strict, so unknown ids are listed.
import '../catalogue/zod-jitless'; // before any schema is created: see zod-jitless.ts
import { z } from 'zod';
import { CATALOGUE_VERSION, QUESTIONS, type QuestionId } from '../catalogue/catalogue';
import { LANGUAGES } from '../catalogue/ids';
import type { QuestionDef } from '../catalogue/types';
import { planFieldSchema } from './plan';
import { normaliseText, valueSchema } from './value-schema';

export const ANSWERS_FILE_FORMAT = 'partnership-mirror/answers';
export const RESPONDENT_LABEL_MAX = 200;
export { MAX_FILE_BYTES } from './limits';

/** One answer: absent is "unanswered"; null and "" are explicit problems (contract §1), so the
 *  message says "leave it out" rather than naming a type. Issue messages are problem codes. */
function answerSchema(q: QuestionDef) {
  const inner = valueSchema(q);
  return z.unknown().transform((value, ctx) => {
    if (value === null || value === '') {
      ctx.addIssue({ code: 'custom', message: value === null ? 'null_value' : 'empty_value', input: value });
      return z.NEVER;
    }
    const result = inner.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, input: value });
    return z.NEVER;
  });
}

type AnswersShape = Record<QuestionId, z.ZodOptional<ReturnType<typeof answerSchema>>>;

/** Answers keyed by question id; every id optional, no other key allowed. */
export const answersSchema = z.strictObject(
  // Object.fromEntries forgets the keys; they are exactly QUESTIONS' ids.
  Object.fromEntries(QUESTIONS.map((q) => [q.id, answerSchema(q).optional()])) as AnswersShape,
);

const respondentLabel = z
  .string()
  .transform(normaliseText)
  .pipe(z.string().max(RESPONDENT_LABEL_MAX, { error: 'respondent_label_too_long' }));

/** The file after format, formatVersion and catalogueVersion were checked (parse.ts does that
 *  first, so an unknown format gets one clear message instead of a list of field errors). */
export const answersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FILE_FORMAT),
  formatVersion: z.literal(1),
  catalogueVersion: z.literal(CATALOGUE_VERSION),
  savedAt: z.iso.datetime({ offset: true, error: 'invalid_saved_at' }),
  language: z.enum(LANGUAGES, { error: 'invalid_language' }),
  respondent: z
    .strictObject({ label: respondentLabel.optional() }, { error: 'invalid_respondent' })
    .optional(),
  answers: answersSchema,
  /** Additive (issue 15): the action plan; absent in older files and when empty. */
  plan: planFieldSchema.optional(),
});

/** A checked answers file: its type is the schema's output, never declared twice (style.md §3). */
export type AnswersFile = Readonly<z.output<typeof answersFileSchema>> & {
  /** Set by the parser only (never written): the older catalogue version the file was made with,
   *  so the report can say once that questions were added since (content-model-v2 §1). */
  readonly madeWithCatalogue?: string;
};
