// The workshop's set of files (issue 8, item 1; issue 14, item 7): read through the one intake,
// kept (good files) in this tab's sessionStorage, restored on reload, forgotten on request.
import { useEffect, useRef, useState } from 'react';
import { contentHash } from '../../group/content-hash';
import {
  addFiles,
  EMPTY_INTAKE,
  removeFile,
  type FileInput,
  type FileResult,
  type Intake,
} from '../../group/intake';
import { forgetInWorker, readWorkshopFiles } from './read-files';
import { inSlices } from './in-slices';
import { forgetSessionFiles, loadSessionFiles, saveSessionFiles } from './session-files';

interface FileSet {
  readonly intake: Intake;
  /** What was opened and is still in the set (good or refused), in order: what is kept. */
  readonly inputs: readonly FileInput[];
  /** false when the browser would not keep the files (storage off or full). */
  readonly kept: boolean;
}

const EMPTY_SET: FileSet = { intake: EMPTY_INTAKE, inputs: [], kept: true };

/** Where a worker can run, kept files are read again in it after the first render: a reload with
 *  1,000 kept files must not freeze the page either (issue 16). Without one (jsdom), here, at once. */
const restoresInWorker = () => typeof Worker !== 'undefined';

function restore(): FileSet {
  if (restoresInWorker()) return EMPTY_SET;
  const inputs = loadSessionFiles();
  return { intake: addFiles(EMPTY_INTAKE, inputs), inputs, kept: true };
}

/** The set's files as results again, to be added after others. */
const asResults = (intake: Intake): FileResult[] => [
  ...intake.good.map((g): FileResult => ({ kind: 'good', ...g })),
  ...intake.bad.map((b): FileResult => ({ kind: 'bad', ...b })),
];

/** A kept input with its hash: hashed once, when it was read. */
type Kept = { readonly input: FileInput; readonly hash: string };

/** The inputs worth keeping: each good file once, not those already in the set. */
function keptInputs(before: Intake, read: readonly Kept[], after: Intake): FileInput[] {
  const seen = new Set(before.good.map((g) => g.hash));
  const good = new Set(after.good.map((g) => g.hash));
  return read.flatMap(({ input, hash }) => {
    if (seen.has(hash) || !good.has(hash)) return [];
    seen.add(hash);
    return [input];
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
  /** How many kept files came back after a reload. */
  const [restored, setRestored] = useState(() => set.intake.good.length + set.intake.bad.length);
  // The latest set, so two quick opens in a row both count (reading files is asynchronous).
  const latest = useRef(set);
  const update = (intake: Intake, inputs: readonly FileInput[]) => {
    const next = { intake, inputs, kept: latest.current.kept };
    latest.current = next;
    // A transition: a set of 1,000 files renders in slices, never freezing the page (issue 16).
    inSlices(() => setSetState(next));
    // Kept in a task of its own: storing a few MB must not lengthen the task that shows the files.
    setTimeout(() => {
      if (latest.current !== next) return; // a newer set is on its way and saves itself
      const kept = saveSessionFiles(inputs);
      if (kept === next.kept) return;
      latest.current = { ...next, kept };
      setSetState(latest.current);
    }, 0);
  };

  const restoring = useRef(false);
  useEffect(() => {
    if (!restoresInWorker() || restoring.current) return;
    restoring.current = true;
    const inputs = loadSessionFiles();
    if (inputs.length === 0) return;
    const files = inputs.map((i) => new File([i.content as BlobPart], i.name));
    void readWorkshopFiles(files).then((read) => {
      // Files opened while these were read come after them.
      const current = latest.current;
      const restored = addFiles(
        EMPTY_INTAKE,
        read.map((r) => r.result),
      );
      update(addFiles(restored, asResults(current.intake)), [...inputs, ...current.inputs]);
      setRestored(inputs.length);
    });
    // Once per page: the kept files are read again when the page starts, not on every render.
  }, []);

  const open = async (files: File[]): Promise<OpenResult> => {
    // Read, parsed and assessed off the page (read-files.ts), one result per file, in order.
    const read = await readWorkshopFiles(files);
    const results = read.map((r) => r.result);
    const current = latest.current;
    const next = addFiles(current.intake, results);
    // Only good files are kept for a reload: they passed the size check, so their text is small.
    const good = read.flatMap(({ result, text }): Kept[] =>
      result.kind === 'good' && text !== undefined
        ? [{ input: { name: result.name, content: text }, hash: result.hash }]
        : [],
    );
    update(next, [...current.inputs, ...keptInputs(current.intake, good, next)]);
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
    forgetInWorker();
    const next = { intake: EMPTY_INTAKE, inputs: [], kept: true };
    latest.current = next;
    setSetState(next);
  };

  /** Participants in the set right now (after an open that has not re-rendered yet, too). */
  const latestCount = () => latest.current.intake.good.length;

  return { intake: set.intake, kept: set.kept, restored, open, remove, forget, latestCount };
}
