// Browser edge: File objects → bytes for the pure intake. The bytes go to parseAnswersFile as
// they are, so broken UTF-8 is reported rather than silently repaired. Nothing is uploaded.
import type { FileInput } from '../../group/intake';
import { readFileBytes } from '../../io/download';

export async function readFiles(files: readonly File[]): Promise<FileInput[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, content: await readFileBytes(f) })));
}
