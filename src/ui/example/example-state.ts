// The worked example A of content-model §10 (Lindestad–Tepekent, made up), shipped as an answers
// file and read through the same parser as any file, so catalogue migrations apply to it too.
import { parseAnswersFile } from '../../answers/parse';
import type { AnswersState } from '../answers-store';
import example from './example-a-lindestad.json';

export function exampleState(): AnswersState {
  const result = parseAnswersFile(JSON.stringify(example));
  // A bundled file that does not parse is a bug in this build, not bad input.
  if (!result.ok) throw new Error(`Example file refused: ${JSON.stringify(result.problems)}`);
  return { answers: result.file.answers, respondentLabel: result.file.respondent?.label ?? '', plan: [] };
}
