// Reading many answer files for a workshop (issue 8, item 1): every file is read on its own with
// the one answers-file reader, so one bad file never blocks the others. Shared by the workshop
// page and the CLI. Pure: the caller brings the bytes.
import { assess } from '../assessment/assess';
import type { Assessment } from '../assessment/schema';
import { parseAnswersFile, type AnswersFile, type Problem } from '../answers/parse';
import { contentHash } from './content-hash';
import type { GroupParticipant } from './participant';
import { participantSide } from './participant';

export interface FileInput {
  readonly name: string;
  readonly content: string | Uint8Array;
}

export interface GoodFile {
  readonly name: string;
  readonly hash: string;
  readonly file: AnswersFile;
  readonly assessment: Assessment;
}

export interface BadFile {
  readonly name: string;
  readonly problems: readonly Problem[];
}

export interface DuplicateFile {
  readonly name: string;
  /** The name of the file it repeats (already in the set). */
  readonly sameAs: string;
}

export interface Intake {
  readonly good: readonly GoodFile[];
  readonly bad: readonly BadFile[];
  readonly duplicates: readonly DuplicateFile[];
}

export const EMPTY_INTAKE: Intake = { good: [], bad: [], duplicates: [] };

/** Adds files to a set already read; a file identical to one already there counts once. */
export function addFiles(intake: Intake, inputs: readonly FileInput[]): Intake {
  const good = [...intake.good];
  const bad = [...intake.bad];
  const duplicates = [...intake.duplicates];
  const byHash = new Map(good.map((g) => [g.hash, g.name]));
  for (const input of inputs) {
    const hash = contentHash(input.content);
    const earlier = byHash.get(hash);
    if (earlier !== undefined) {
      duplicates.push({ name: input.name, sameAs: earlier });
      continue;
    }
    const parsed = parseAnswersFile(input.content);
    if (!parsed.ok) {
      bad.push({ name: input.name, problems: parsed.problems });
      continue;
    }
    byHash.set(hash, input.name);
    good.push({ name: input.name, hash, file: parsed.file, assessment: assess(parsed.file.answers) });
  }
  return { good, bad, duplicates };
}

export function removeFile(intake: Intake, hash: string): Intake {
  return { ...intake, good: intake.good.filter((g) => g.hash !== hash) };
}

export function participantOf(g: GoodFile): GroupParticipant {
  const p: GroupParticipant = {
    id: g.hash,
    answers: g.file.answers,
    assessment: g.assessment,
    ...(g.file.respondent?.label !== undefined ? { label: g.file.respondent.label } : {}),
  };
  const side = participantSide(p);
  return side === null ? p : { ...p, side };
}
