// zod issues → problems (style.md §9): ids, codes and params, never zod's English text.
import type { z } from 'zod';
import { getQuestion, isQuestionId, QUESTION_IDS } from '../catalogue/catalogue';
import { RESPONDENT_LABEL_MAX } from './file-schema';
import { isProblemCode, type Problem } from './problem';

function paramsFor(questionId: string, code: string): Problem['params'] {
  if (!isQuestionId(questionId)) return undefined;
  const q = getQuestion(questionId);
  if (code === 'too_long' && 'maxLength' in q) return { max: q.maxLength };
  if (code === 'out_of_bounds' && q.type === 'number') return { min: q.min, max: q.max };
  return undefined;
}

/** One zod issue → problems with ids and codes, never zod's English text. */
function toProblems(issue: z.core.$ZodIssue, file: Record<string, unknown>): Problem[] {
  const [first, second] = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key): Problem =>
      first === 'answers'
        ? { questionId: key, code: 'unknown_question', params: { questionId: key } }
        : { code: 'unknown_field', params: { field: key } },
    );
  }
  if (first === 'answers' && typeof second === 'string') {
    const code = isProblemCode(issue.message) ? issue.message : 'invalid_value';
    const params = paramsFor(second, code);
    return [{ questionId: second, code, ...(params ? { params } : {}) }];
  }
  if (typeof first === 'string' && issue.path.length === 1 && !Object.hasOwn(file, first))
    return [{ code: 'missing_field', params: { field: first } }];
  if (first === 'answers') return [{ code: 'answers_not_an_object' }];
  if (first === 'respondent')
    return issue.message === 'respondent_label_too_long'
      ? [{ code: 'respondent_label_too_long', params: { max: RESPONDENT_LABEL_MAX } }]
      : [{ code: 'invalid_respondent' }];
  const code = isProblemCode(issue.message) ? issue.message : 'invalid_value';
  return [
    { code, ...(typeof first === 'string' && code === 'invalid_value' ? { params: { field: first } } : {}) },
  ];
}

const ORDER = new Map<string, number>(QUESTION_IDS.map((id, i) => [id, i]));

/** File-level problems first, then answers in catalogue order (unknown ids last); one problem
 *  per question and code, as zod may report a bad list element several times. */
export function tidyProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = JSON.stringify([p.questionId ?? '', p.code, p.params ?? {}]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // "…and N more unknown ids" closes the list of unknown ids.
  const rank = (p: Problem) =>
    p.code === 'more_unknown_questions'
      ? Infinity
      : p.questionId === undefined
        ? -1
        : (ORDER.get(p.questionId) ?? Number.MAX_SAFE_INTEGER);
  return unique
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
}

export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  file: Record<string, unknown>,
): Problem[] {
  return tidyProblems(issues.flatMap((issue) => toProblems(issue, file)));
}
