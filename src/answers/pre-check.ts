// The bounded check that runs before zod sees a file (issue 16, defect 1): zod walks what it is
// given, and a 260 kB list or 120,000 unknown ids made it (or the problem list) blow the stack and
// freeze the page. Here every count is checked against src/answers/limits.ts in one flat loop, and
// zod gets a copy holding only known fields with lists no longer than their option count.
import { answersFileSchema } from './file-schema';
import { PLAN_MAX_ITEMS } from './plan';
import { isQuestionId, getQuestion } from '../catalogue/catalogue';
import { MAX_QUOTED_CHARS, MAX_UNKNOWN_LISTED } from './limits';
import type { Problem } from './problem';

/** The fields of an answers file (contract §1): the schema's own, so an additive field (the action
 *  plan, issue 15) needs no second list here; the schema refuses any other. */
const FILE_FIELDS: ReadonlySet<string> = new Set(Object.keys(answersFileSchema.shape));
const RESPONDENT_FIELDS = new Set(['label']);

export interface PreCheck {
  /** File-level problems (unknown fields). */
  readonly fileProblems: readonly Problem[];
  /** Answer problems: lists that are too long, unknown ids (at most MAX_UNKNOWN_LISTED, then one count). */
  readonly answerProblems: readonly Problem[];
  /** The file without what was refused above: safe for the schema to walk. */
  readonly bounded: Record<string, unknown>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const quoted = (s: string) => (s.length > MAX_QUOTED_CHARS ? `${s.slice(0, MAX_QUOTED_CHARS)}…` : s);

/** Names the first MAX_UNKNOWN_LISTED unknown keys, then says how many more there are. */
class UnknownKeys {
  private count = 0;
  readonly listed: Problem[] = [];
  constructor(private readonly problem: (key: string) => Problem) {}
  add(key: string): void {
    this.count++;
    if (this.listed.length < MAX_UNKNOWN_LISTED) this.listed.push(this.problem(quoted(key)));
  }
  more(code: 'more_unknown_fields' | 'more_unknown_questions'): Problem[] {
    const rest = this.count - this.listed.length;
    return rest > 0 ? [...this.listed, { code, params: { count: rest } }] : this.listed;
  }
}

function checkAnswers(answers: Record<string, unknown>): {
  problems: Problem[];
  kept: Record<string, unknown>;
} {
  const dropped = new Set<string>();
  const tooLong: Problem[] = [];
  const unknown = new UnknownKeys((key) => ({
    questionId: key,
    code: 'unknown_question',
    params: { questionId: key },
  }));
  for (const key of Object.keys(answers)) {
    if (!isQuestionId(key)) {
      unknown.add(key);
      dropped.add(key);
      continue;
    }
    const value = answers[key];
    const q = getQuestion(key);
    // A multi answer lists distinct options: more items than options is wrong however long.
    if (q.type === 'multi' && Array.isArray(value) && value.length > q.options.length) {
      tooLong.push({ questionId: key, code: 'too_many_items', params: { max: q.options.length } });
      dropped.add(key);
    }
  }
  // A good file keeps every answer: the schema may walk the object as it is (nothing here or in
  // the schema changes it), which spares a copy per file (500 files, issue 14).
  const kept =
    dropped.size === 0
      ? answers
      : Object.fromEntries(Object.entries(answers).filter(([key]) => !dropped.has(key)));
  return { problems: [...tooLong, ...unknown.more('more_unknown_questions')], kept };
}

/** `file` is the header-checked top level of a parsed file; the result never shares a mutated object with it. */
export function preCheck(file: Readonly<Record<string, unknown>>): PreCheck {
  const bounded: Record<string, unknown> = {};
  const fields = new UnknownKeys((field) => ({ code: 'unknown_field', params: { field } }));
  const fileProblems: Problem[] = [];
  let answerProblems: Problem[] = [];
  for (const key of Object.keys(file)) {
    const value = file[key];
    if (!FILE_FIELDS.has(key)) fields.add(key);
    else if (
      key === 'respondent' &&
      isPlainObject(value) &&
      Object.keys(value).some((k) => !RESPONDENT_FIELDS.has(k))
    )
      fileProblems.push({ code: 'invalid_respondent' });
    // A plan longer than allowed is refused before zod walks it (bounded by design, issue 16).
    else if (key === 'plan' && Array.isArray(value) && value.length > PLAN_MAX_ITEMS)
      fileProblems.push({ code: 'invalid_plan' });
    else if (key === 'answers' && isPlainObject(value)) {
      const checked = checkAnswers(value);
      answerProblems = checked.problems;
      bounded[key] = checked.kept;
    } else bounded[key] = value;
  }
  return { fileProblems: [...fields.more('more_unknown_fields'), ...fileProblems], answerProblems, bounded };
}
