// What is wrong with an answers file, as data (style.md §9): the text comes from
// errors.answersFile.<code> in the user's language, with `params` interpolated.

export const PROBLEM_CODES = [
  // The file as a whole
  'not_readable',
  'too_large',
  'not_utf8',
  'utf16',
  'not_json',
  'forbidden_key',
  'duplicate_key',
  'too_deep',
  'not_answers_file',
  'newer_version',
  'unsupported_version',
  'no_migration',
  'unknown_catalogue_version',
  'newer_catalogue_version',
  'missing_field',
  'unknown_field',
  'more_unknown_fields',
  'invalid_saved_at',
  'invalid_language',
  'invalid_respondent',
  'respondent_label_too_long',
  'answers_not_an_object',
  'invalid_plan',
  'more_problems',
  // One answer (questionId set)
  'unknown_question',
  'more_unknown_questions',
  'too_many_items',
  'null_value',
  'empty_value',
  'unknown_option',
  'not_a_list',
  'empty_list',
  'duplicate_option',
  'not_a_scale_value',
  'not_yes_no_unsure',
  'not_a_number',
  'out_of_bounds',
  'not_text',
  'empty_text',
  'too_long',
  'invalid_value',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  /** The question the problem is about; absent for problems with the file as a whole. */
  readonly questionId?: string;
  readonly code: ProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export function isProblemCode(value: string): value is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(value);
}
