// --compare EARLIER.json of the assess and report commands (issue 15): the earlier file is read
// like any answers file (migrations included) and must be about the same partnership.
import type { AnswersFile } from '../answers/file-schema';
import { compareFiles, differentPartnershipParams } from '../assessment/compare';
import type { Comparison } from '../assessment/comparison-schema';
import type { Language } from '../catalogue/ids';
import { fixedT } from '../i18n/setup';
import { readAnswersFileOrThrow } from './read-answers-file';
import { BadInput } from './run';

/** The comparison of `now` with the file at `path`, or BadInput (exit 2) naming that file. */
export function comparisonOrThrow(now: AnswersFile, path: string, language: Language = 'en'): Comparison {
  const earlier = readAnswersFileOrThrow(path, language);
  const result = compareFiles(now, earlier);
  if (result.ok) return result.comparison;
  const message = String(
    fixedT(language)(`errors.compare.${result.code}`, differentPartnershipParams(result.pair)),
  );
  throw new BadInput(`${path}: ${message}`);
}
