// Browser edge: File objects → intake results, read in a Web Worker so the page stays responsive
// (issue 16: freezes ≤ 200 ms for 1,000 files). Where no worker can start (jsdom, a locked-down
// browser) the same function runs on the page, one file per task. Nothing is uploaded.
import type { FileResult } from '../../group/intake';
import { readOneFile, type IntakeReply } from './read-one-file';

let worker: Worker | null | undefined;
let nextId = 0;

async function startWorker(): Promise<Worker | null> {
  if (worker !== undefined) return worker;
  try {
    // Inline (a blob: URL, allowed by worker-src): the one-file edition has no second file to load.
    // Imported when first needed: the inlined worker holds its own copy of the reader and the
    // scoring, which must not weigh on the start page's first load (initial JS budget).
    if (typeof Worker === 'undefined') worker = null;
    else {
      const { default: IntakeWorker } = await import('./intake.worker?worker&inline');
      worker = new IntakeWorker();
    }
  } catch {
    worker = null;
  }
  return worker;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readOnPage(files: readonly File[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    results.push(await readOneFile(file));
    await nextTask();
  }
  return results;
}

function readInWorker(w: Worker, files: readonly File[]): Promise<FileResult[]> {
  const id = nextId++;
  const results: FileResult[] = [];
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<IntakeReply>) => {
      if (event.data.id !== id) return;
      results.push(...event.data.results);
      if (!event.data.done) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(results);
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      reject(event.error ?? new Error(event.message));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, files });
  });
}

/** Every file gets its own result, good or bad (allSettled in spirit): one unreadable or hostile
 *  file never keeps the others out. */
export async function readFiles(files: readonly File[]): Promise<FileResult[]> {
  const w = await startWorker();
  if (w === null) return readOnPage(files);
  try {
    return await readInWorker(w, files);
  } catch {
    // A worker that failed to load (CSP, an old browser): do the work here instead.
    worker = null;
    return readOnPage(files);
  }
}
