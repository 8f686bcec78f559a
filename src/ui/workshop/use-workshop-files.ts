// The workshop's set of files (issue 8, item 1; issue 14, item 7): read through the one intake,
// kept (good files) in this tab's sessionStorage, restored on reload, forgotten on request.
import { useRef, useState } from 'react';
import { contentHash } from '../../group/content-hash';
import { addFiles, EMPTY_INTAKE, removeFile, type FileInput, type Intake } from '../../group/intake';
import { readFileBytes } from '../../io/download';
import { readFiles } from './read-files';
import { forgetSessionFiles, loadSessionFiles, saveSessionFiles } from './session-files';

interface FileSet {
  readonly intake: Intake;
  /** What was opened and is still in the set (good or refused), in order: what is kept. */
  readonly inputs: readonly FileInput[];
  /** false when the browser would not keep the files (storage off or full). */
  readonly kept: boolean;
}

function restore(): FileSet {
  const inputs = loadSessionFiles();
  return { intake: addFiles(EMPTY_INTAKE, inputs), inputs, kept: true };
}

/** The inputs worth keeping: every refused file, and each good file once. */
function keptInputs(before: Intake, inputs: readonly FileInput[], after: Intake): FileInput[] {
  const seen = new Set(before.good.map((g) => g.hash));
  const good = new Set(after.good.map((g) => g.hash));
  return inputs.filter((input) => {
    const hash = contentHash(input.content);
    if (seen.has(hash)) return false;
    if (good.has(hash)) seen.add(hash);
    return true;
  });
}

export interface OpenResult {
  readonly count: number;
  readonly good: number;
  readonly bad: number;
  readonly same: number;
}

export function useWorkshopFiles() {
  const [set, setSetState] = useState<FileSet>(restore);
  // The latest set, so two quick opens in a row both count (reading files is asynchronous).
  const latest = useRef(set);
  const update = (intake: Intake, inputs: readonly FileInput[]) => {
    const next = { intake, inputs, kept: saveSessionFiles(inputs) };
    latest.current = next;
    setSetState(next);
  };

  const open = async (files: File[]): Promise<OpenResult> => {
    // Read, parsed and assessed off the page (read-files.ts), one result per file, in order.
    const results = await readFiles(files);
    const current = latest.current;
    const next = addFiles(current.intake, results);
    // Only good files are kept for a reload: they passed the size check, so their bytes are small.
    const goodInputs = await Promise.all(
      results.flatMap((r, i) => {
        const file = files[i];
        return r.kind === 'good' && file !== undefined
          ? [readFileBytes(file).then((content): FileInput => ({ name: r.name, content }))]
          : [];
      }),
    );
    update(next, [...current.inputs, ...keptInputs(current.intake, goodInputs, next)]);
    return {
      count: results.length,
      good: next.good.length - current.intake.good.length,
      bad: next.bad.length - current.intake.bad.length,
      same: next.duplicates.length - current.intake.duplicates.length,
    };
  };

  const remove = (hash: string) => {
    const current = latest.current;
    update(
      removeFile(current.intake, hash),
      current.inputs.filter((i) => contentHash(i.content) !== hash),
    );
  };

  const forget = () => {
    forgetSessionFiles();
    const next = { intake: EMPTY_INTAKE, inputs: [], kept: true };
    latest.current = next;
    setSetState(next);
  };

  /** Participants in the set right now (after an open that has not re-rendered yet, too). */
  const latestCount = () => latest.current.intake.good.length;

  return { intake: set.intake, kept: set.kept, open, remove, forget, latestCount };
}
