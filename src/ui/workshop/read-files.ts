// Browser edge: File objects → intake results, and good files → the group, both worked out in a
// Web Worker so the page stays responsive (issue 16: freezes ≤ 200 ms for 1,000 files). Where no
// worker can start (jsdom, a locked-down browser, file:// where a browser forbids it) the same
// functions run on the page, one file per task. Nothing is uploaded.
import type { AggregateOptions } from '../../group/aggregate';
import { participantOf, type FileResult, type GoodFile } from '../../group/intake';
import type { GroupResult } from '../../group/schema';
import type { ParseResult, Problem } from '../../answers/parse';
import { readOneFile, type IntakeReply, type IntakeRequest, type ReadFile } from './read-one-file';

let worker: Promise<Worker | null> | undefined;
let nextId = 0;

async function loadWorker(): Promise<Worker | null> {
  if (typeof Worker === 'undefined') return null;
  try {
    // Inline (a blob: URL, allowed by worker-src): the one-file edition has no second file to load.
    // Imported when first needed: the inlined worker holds its own copy of the reader and the
    // scoring, which must not weigh on the start page's first load (initial JS budget).
    const { default: IntakeWorker } = await import('./intake.worker?worker&inline');
    return new IntakeWorker();
  } catch {
    return null;
  }
}

/** The one intake worker of the page, started when first needed; null where none can run. */
function startWorker(): Promise<Worker | null> {
  worker ??= loadWorker();
  return worker;
}

/** After a worker failed (a CSP that forbids it, a script error): the page does the work. */
function dropWorker(w: Worker) {
  w.terminate();
  worker = Promise.resolve(null);
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readOnPage(files: readonly File[]): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  for (const file of files) {
    read.push(await readOneFile(file));
    await nextTask();
  }
  return read;
}

/** Sends one request and collects the replies with its id until `isLast` says it is complete. */
function ask<R>(
  w: Worker,
  request: IntakeRequest & { id: number },
  collect: (reply: IntakeReply) => R | undefined,
): Promise<R> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<IntakeReply>) => {
      if (event.data.id !== request.id) return;
      const done = collect(event.data);
      if (done === undefined) return;
      stop();
      resolve(done);
    };
    const onError = (event: ErrorEvent) => {
      stop();
      reject(event.error ?? new Error(event.message));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage(request);
  });
}

/** Files per message: handing a File to a worker costs the page time of its own (about a third of
 *  a millisecond each in Chromium), so 1,000 files go over in tasks of this many. */
const FILES_PER_MESSAGE = 50;

function readChunk(w: Worker, files: readonly File[]): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  return ask(w, { kind: 'read', id: nextId++, files }, (reply) => {
    if (reply.kind !== 'read') return undefined;
    read.push(...reply.files);
    return reply.done ? read : undefined;
  });
}

async function readInWorker(w: Worker, files: readonly File[]): Promise<ReadFile[]> {
  const chunks: Promise<ReadFile[]>[] = [];
  for (let i = 0; i < files.length; i += FILES_PER_MESSAGE) {
    if (i > 0) await nextTask();
    chunks.push(readChunk(w, files.slice(i, i + FILES_PER_MESSAGE)));
  }
  return (await Promise.all(chunks)).flat();
}

/** Every file gets its own result, good or bad (allSettled in spirit): one unreadable or hostile
 *  file never keeps the others out. A good file comes with its text, to be kept for a reload. */
export async function readWorkshopFiles(files: readonly File[]): Promise<ReadFile[]> {
  const w = await startWorker();
  if (w === null) return readOnPage(files);
  try {
    return await readInWorker(w, files);
  } catch {
    dropWorker(w);
    return readOnPage(files);
  }
}

export async function readFiles(files: readonly File[]): Promise<FileResult[]> {
  return (await readWorkshopFiles(files)).map((r) => r.result);
}

/** One chosen answers file (open, compare), read and parsed like a workshop file: off the page,
 *  its size checked before reading. */
export async function readAnswersFile(file: File): Promise<ParseResult> {
  const [read] = await readFiles([file]);
  return read?.kind === 'good'
    ? { ok: true, file: read.file }
    : { ok: false, problems: [...(read?.problems ?? [{ code: 'not_readable' } satisfies Problem])] };
}

/** The group of the good files, worked out in the worker that read them; on the page where there
 *  is no worker or it does not know a file (restored from this tab's storage on reload). */
export async function groupOf(good: readonly GoodFile[], options: AggregateOptions): Promise<GroupResult> {
  const w = await startWorker();
  if (w !== null) {
    try {
      const hashes = good.map((g) => g.hash);
      const group = await ask(w, { kind: 'group', id: nextId++, hashes, options }, (reply) =>
        reply.kind === 'group' ? { group: reply.group } : undefined,
      );
      if (group.group !== null) return group.group;
    } catch {
      dropWorker(w);
    }
  }
  // Loaded only here: the start page reads answer files through this module too, and must not
  // carry the group code in its first load (initial JS budget).
  const { aggregateGroup } = await import('../../group/aggregate');
  return aggregateGroup(good.map(participantOf), options);
}

/** "Forget these files": the worker drops its copies too. */
export function forgetInWorker(): void {
  void worker?.then((w) => w?.postMessage({ kind: 'forget' } satisfies IntakeRequest));
}
