// Which side the respondent is on (content-model §1.2), from the profile_side answer. One reading
// for the questionnaire's wording, the report and the workshop's split by side.
import type { Answers } from './answers';
import type { Side } from './ids';
import type { QuestionDef } from './types';

export function sideOf(answers: Answers): Side | undefined {
  const side = answers.profile_side;
  return side === 'destination' || side === 'source' ? side : undefined;
}

/** The i18next context that picks a question's side wording (`label_destination`, content-model
 *  §3.9): only for questions that have side wording, and only once the side is known. One rule for
 *  the form, check-your-answers, the report's quotes and the answers-file problems. */
export function sideContext(q: Pick<QuestionDef, 'sideWording'>, side: Side | undefined): { context?: Side } {
  return q.sideWording === true && side !== undefined ? { context: side } : {};
}
