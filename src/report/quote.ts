// Quoting an answer in the report: the question as the respondent saw it (side wording) and the
// answer in words, via answerParts, the same way check-your-answers quotes it.
import type { AnswerValue, Answers } from '../catalogue/answers';
import { getQuestion, isQuestionId, type QuestionId } from '../catalogue/catalogue';
import type { Side } from '../catalogue/ids';
import { sideContext, sideOf } from '../catalogue/side';
import { answerParts } from '../i18n/answer-text';
import { questionLabel } from '../i18n/keys';
import type { AnswerItem, Text } from './blocks';

export function questionText(id: QuestionId, side: Side | undefined): Text {
  return { key: questionLabel(id), ...sideContext(getQuestion(id), side) };
}

export function quoteAnswer(id: string, value: AnswerValue | undefined, answers: Answers): AnswerItem[] {
  if (value === undefined || !isQuestionId(id)) return [];
  const side = sideOf(answers);
  return [{ question: id, label: questionText(id, side), parts: answerParts(id, value, side) }];
}

/** The answers to these questions, in the given order, skipping unanswered ones. */
export function quoteAnswers(ids: readonly string[], answers: Answers): AnswerItem[] {
  return ids.flatMap((id) => (isQuestionId(id) ? quoteAnswer(id, answers[id], answers) : []));
}
