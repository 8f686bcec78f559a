// One chosen or dropped File → one intake result, in the worker or (where there is none) on the
// page. Size first: a 2.2 GB file is refused from its size, never read (issue 16, defects 3, 11).
import { MAX_FILE_BYTES } from '../../answers/limits';
import { tooLargeProblem } from '../../answers/parse';
import { readOne, type FileResult } from '../../group/intake';

export interface IntakeRequest {
  readonly id: number;
  readonly files: readonly File[];
}

export interface IntakeReply {
  readonly id: number;
  readonly results: FileResult[];
  readonly done: boolean;
}

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

export async function readOneFile(file: File): Promise<FileResult> {
  if (file.size > MAX_FILE_BYTES) return { kind: 'bad', name: file.name, problems: [tooLargeProblem()] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await bytesOf(file));
  } catch {
    // Moved, deleted or locked after it was chosen (NotReadableError): this file only.
    return { kind: 'bad', name: file.name, problems: [{ code: 'not_readable' }] };
  }
  return readOne({ name: file.name, content: bytes });
}
