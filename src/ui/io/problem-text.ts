import type { TFunction } from 'i18next';
import type { Answers } from '../../catalogue/answers';
import { isQuestionId } from '../../catalogue/catalogue';
import type { Problem } from '../../answers/parse';
import { answersFileError, questionLabel } from '../../i18n/keys';

/** "Question label: what is wrong", in the user's language. Unknown ids have no label, so their
 *  message names the id itself. The side picks the wording of side-dependent labels. */
export function problemText(t: TFunction, problem: Problem, answers: Answers): string {
  const what = t(answersFileError(problem.code), { ...problem.params });
  if (problem.questionId === undefined || !isQuestionId(problem.questionId)) return what;
  const side = answers.profile_side;
  const question = t(questionLabel(problem.questionId), typeof side === 'string' ? { context: side } : {});
  return t('ui.io.problems.item', { question, problem: what });
}
