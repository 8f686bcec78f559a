// The workshop's intake and group off the main thread (issue 16, defect 11): v1 read, parsed,
// assessed and aggregated every file on the page's thread, which froze the tab for seconds with
// 3,000 files. Here each file is checked for size before it is read, read on its own (an
// unreadable file is one bad file, defect 3) and sent back in small batches; the group is worked
// out here too, from the files this worker read, and sent back as plain data.
// A worker is an entry of its own, like main.tsx: zod must not probe eval here either (the policy
// of the page applies to its blob: worker too).
// eslint-disable-next-line local/layers -- an entry point, like src/main.tsx
import '../../zod-config';
import { aggregateGroup } from '../../group/aggregate';
import { participantOf, type GoodFile } from '../../group/intake';
import { readOneFile, type IntakeReply, type IntakeRequest, type ReadFile } from './read-one-file';

const BATCH = 25;

/** Good files read here, by hash: a group request names them instead of sending them back. */
const known = new Map<string, GoodFile>();

const reply = (message: IntakeReply) => self.postMessage(message);

async function read(id: number, files: readonly File[]) {
  let batch: ReadFile[] = [];
  for (const file of files) {
    const read = await readOneFile(file);
    if (read.result.kind === 'good') {
      const { kind: _good, ...good } = read.result;
      known.set(good.hash, good);
    }
    batch.push(read);
    if (batch.length >= BATCH) {
      reply({ kind: 'read', id, files: batch, done: false });
      batch = [];
    }
  }
  reply({ kind: 'read', id, files: batch, done: true });
}

function group(id: number, hashes: readonly string[], options: Parameters<typeof aggregateGroup>[1]) {
  const files = hashes.map((h) => known.get(h));
  if (files.some((f) => f === undefined) || files.length < 1)
    return reply({ kind: 'group', id, group: null });
  reply({ kind: 'group', id, group: aggregateGroup((files as GoodFile[]).map(participantOf), options) });
}

self.onmessage = (event: MessageEvent<IntakeRequest>) => {
  const request = event.data;
  if (request.kind === 'read') void read(request.id, request.files);
  else if (request.kind === 'group') group(request.id, request.hashes, request.options);
  else known.clear();
};
