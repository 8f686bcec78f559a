import type { TFunction } from 'i18next';
import type { Answers } from '../../catalogue/answers';
import { getQuestion, isQuestionId } from '../../catalogue/catalogue';
import { sideContext, sideOf } from '../../catalogue/side';
import type { Problem } from '../../answers/parse';
import { answersFileError, questionLabel } from '../../i18n/keys';

/** "Question label: what is wrong", in the user's language. Unknown ids have no label, so their
 *  message names the id itself. The side picks the wording of side-dependent labels. */
export function problemText(t: TFunction, problem: Problem, answers: Answers): string {
  const what = t(answersFileError(problem.code), { ...problem.params });
  if (problem.questionId === undefined || !isQuestionId(problem.questionId)) return what;
  const context = sideContext(getQuestion(problem.questionId), sideOf(answers));
  const question = t(questionLabel(problem.questionId), context);
  return t('ui.io.problems.item', { question, problem: what });
}
