// Browser edge: File objects → bytes for the pure intake. The bytes go to parseAnswersFile as
// they are, so broken UTF-8 is reported rather than silently repaired. Nothing is uploaded.
// FileReader rather than File.arrayBuffer(): it is in every browser we support, and in jsdom.
import type { FileInput } from '../../group/intake';

function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

export async function readFiles(files: readonly File[]): Promise<FileInput[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, content: await readBytes(f) })));
}
