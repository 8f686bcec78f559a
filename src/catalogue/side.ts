// Which side the respondent is on (content-model §1.2), from the profile_side answer. One reading
// for the questionnaire's wording, the report and the workshop's split by side.
import type { Answers } from './answers';
import type { Side } from './ids';

export function sideOf(answers: Answers): Side | undefined {
  const side = answers.profile_side;
  return side === 'destination' || side === 'source' ? side : undefined;
}
