// One chosen or dropped File → one intake result, in the worker or (where there is none) on the
// page. Size first: a 2.2 GB file is refused from its size, never read (issue 16, defects 3, 11).
// Also the messages between the page and the intake worker (intake.worker.ts).
import { MAX_FILE_BYTES } from '../../answers/limits';
import { tooLargeProblem } from '../../answers/parse';
import type { AggregateOptions } from '../../group/aggregate';
import { readOne, type FileResult } from '../../group/intake';
import type { GroupResult } from '../../group/schema';

/** A file's result and, for a good file, its text (valid UTF-8: the reader accepted it), so the
 *  page can keep the file for a reload without reading it a second time. */
export interface ReadFile {
  readonly result: FileResult;
  readonly text?: string;
}

export type IntakeRequest =
  | { readonly kind: 'read'; readonly id: number; readonly files: readonly File[] }
  /** The group of the good files read earlier in this worker, named by their hashes, in order. */
  | {
      readonly kind: 'group';
      readonly id: number;
      readonly hashes: readonly string[];
      readonly options: AggregateOptions;
    }
  /** "Forget these files": the worker drops what it kept of them. */
  | { readonly kind: 'forget' };

export type IntakeReply =
  | { readonly kind: 'read'; readonly id: number; readonly files: ReadFile[]; readonly done: boolean }
  /** null: a file is not known to the worker (read before it started); the page does it. */
  | { readonly kind: 'group'; readonly id: number; readonly group: GroupResult | null };

/** Blob.arrayBuffer where it exists (browsers, workers); FileReader for jsdom. */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('No bytes'));
    reader.onerror = () => reject(reader.error ?? new Error('Unreadable file'));
    reader.readAsArrayBuffer(file);
  });
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function readOneFile(file: File): Promise<ReadFile> {
  if (file.size > MAX_FILE_BYTES)
    return { result: { kind: 'bad', name: file.name, problems: [tooLargeProblem()] } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await bytesOf(file));
  } catch {
    // Moved, deleted or locked after it was chosen (NotReadableError): this file only.
    return { result: { kind: 'bad', name: file.name, problems: [{ code: 'not_readable' }] } };
  }
  const result = readOne({ name: file.name, content: bytes });
  return result.kind === 'good' ? { result, text: decoder.decode(bytes) } : { result };
}
