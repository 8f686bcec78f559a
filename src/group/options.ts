// The options of a choice question, from the catalogue (one home for every option list).
import { getQuestion, type QuestionId } from '../catalogue/catalogue';

export function optionsOf(id: QuestionId): readonly string[] {
  const q = getQuestion(id);
  return q.type === 'single' || q.type === 'multi' ? q.options : [];
}
