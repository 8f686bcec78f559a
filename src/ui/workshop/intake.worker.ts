// The workshop's intake off the main thread (issue 16, defect 11): v1 read, parsed and assessed
// every file on the page's thread, which froze the tab for seconds with 3,000 files. Here each
// file is checked for size before it is read, read on its own (an unreadable file is one bad
// file, defect 3), and sent back in small batches so the page can show progress.
import { readOneFile, type IntakeReply, type IntakeRequest } from './read-one-file';

const BATCH = 25;

self.onmessage = async (event: MessageEvent<IntakeRequest>) => {
  const { id, files } = event.data;
  let batch: IntakeReply['results'] = [];
  for (const file of files) {
    batch.push(await readOneFile(file));
    if (batch.length >= BATCH) {
      self.postMessage({ id, results: batch, done: false } satisfies IntakeReply);
      batch = [];
    }
  }
  self.postMessage({ id, results: batch, done: true } satisfies IntakeReply);
};
