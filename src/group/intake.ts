// Reading many answer files for a workshop (issue 8, item 1): every file is read on its own with
// the one answers-file reader, so one bad file never blocks the others. Shared by the workshop
// page (in a Web Worker) and the CLI. Pure: the caller brings the bytes.
import { assess } from '../assessment/assess';
import type { Assessment } from '../assessment/schema';
import { MAX_FILE_BYTES } from '../answers/limits';
import { parseAnswersFile, tooLargeProblem, type AnswersFile, type Problem } from '../answers/parse';
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

/** One file read on its own: what the worker sends back, and what addFiles merges. */
export type FileResult = ({ readonly kind: 'good' } & GoodFile) | ({ readonly kind: 'bad' } & BadFile);

const sizeOf = (content: string | Uint8Array) =>
  typeof content === 'string' ? content.length : content.byteLength;

/** Reads one file. Never throws (issue 16, defect 3): whatever goes wrong with this file makes
 *  this file bad, not the set. The size is checked before anything walks the bytes (defect 11:
 *  v1 hashed every byte of six 1 GB files before refusing them). */
export function readOne(input: FileInput): FileResult {
  const bad = (problems: readonly Problem[]): FileResult => ({ kind: 'bad', name: input.name, problems });
  // A string of n UTF-16 units has at least n UTF-8 bytes; the parser counts exactly.
  if (sizeOf(input.content) > MAX_FILE_BYTES) return bad([tooLargeProblem()]);
  try {
    const parsed = parseAnswersFile(input.content);
    if (!parsed.ok) return bad(parsed.problems);
    const hash = contentHash(input.content);
    return {
      kind: 'good',
      name: input.name,
      hash,
      file: parsed.file,
      assessment: assess(parsed.file.answers),
    };
  } catch {
    return bad([{ code: 'not_readable' }]);
  }
}

/** Adds files (raw, or already read by readOne) to a set; a file identical to one already there
 *  counts once. */
export function addFiles(intake: Intake, inputs: readonly (FileInput | FileResult)[]): Intake {
  const good = [...intake.good];
  const bad = [...intake.bad];
  const duplicates = [...intake.duplicates];
  const byHash = new Map(good.map((g) => [g.hash, g.name]));
  for (const input of inputs) {
    const result = 'kind' in input ? input : readOne(input);
    if (result.kind === 'bad') {
      bad.push({ name: result.name, problems: result.problems });
      continue;
    }
    const { kind: _good, ...file } = result;
    const earlier = byHash.get(file.hash);
    if (earlier !== undefined) {
      duplicates.push({ name: file.name, sameAs: earlier });
      continue;
    }
    byHash.set(file.hash, file.name);
    good.push(file);
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
