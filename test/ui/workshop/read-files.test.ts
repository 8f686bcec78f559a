// Issue 16, defects 3 and 11 at the workshop's intake: 3 good files with 1 hostile, 1 unreadable
// and 1 oversized file — the good files are added and each bad one is listed with its reason; an
// oversized file is refused from its size without being read.
import { describe, expect, it, vi } from 'vitest';
import { aggregateGroup } from '../../../src/group/aggregate';
import { addFiles, EMPTY_INTAKE, participantOf } from '../../../src/group/intake';
import { groupOf, readFiles, readWorkshopFiles } from '../../../src/ui/workshop/read-files';
import { answerFileText, generateAnswerFiles } from '../../fixtures/generate-answers';
import { manyItems, manyUnknownIds } from '../../fixtures/hostile-documents';

const good = generateAnswerFiles(3, 7).map((f, i) => new File([answerFileText(f)], `p${i}.json`));

function unreadableFile(): File {
  const file = new File(['{}'], 'moved.json');
  file.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
  return file;
}

function hugeFile(): { file: File; read: ReturnType<typeof vi.fn> } {
  const file = new File(['{}'], 'huge.json');
  Object.defineProperty(file, 'size', { value: 2.2 * 1024 ** 3 });
  const read = vi.fn(() => Promise.resolve(new ArrayBuffer(2)));
  file.arrayBuffer = read;
  return { file, read };
}

describe('readFiles (workshop intake)', () => {
  it('defect 3: adds the good files and lists each bad one, whatever is wrong with it', async () => {
    const huge = hugeFile();
    const results = await readFiles([
      ...good,
      new File([manyItems(130_000)], 'hostile.json'),
      unreadableFile(),
      huge.file,
    ]);
    const intake = addFiles(EMPTY_INTAKE, results);
    expect(intake.good.map((g) => g.name)).toEqual(['p0.json', 'p1.json', 'p2.json']);
    expect(intake.bad.map((b) => [b.name, b.problems.map((p) => p.code)])).toEqual([
      ['hostile.json', ['too_many_items']],
      ['moved.json', ['not_readable']],
      ['huge.json', ['too_large']],
    ]);
    expect(huge.read).not.toHaveBeenCalled();
  });

  it('defect 11: bad files of 60,000 unknown ids each give a short problem list (v1: 4.5 MB each)', async () => {
    const hostile = manyUnknownIds(60_000);
    const files = [
      ...Array.from({ length: 3 }, (_, i) => new File([hostile], `bad${i}.json`)),
      good[0] as File,
    ];
    const intake = addFiles(EMPTY_INTAKE, await readFiles(files));
    expect(intake.good).toHaveLength(1);
    expect(intake.bad).toHaveLength(3);
    expect(Math.max(...intake.bad.map((b) => b.problems.length))).toBe(21);
  });

  it('gives each good file its text to keep, and the group as aggregateGroup does where no worker runs', async () => {
    const read = await readWorkshopFiles([...good, new File(['{ nope'], 'broken.json')]);
    expect(read.map((r) => [r.result.name, r.text !== undefined])).toEqual([
      ['p0.json', true],
      ['p1.json', true],
      ['p2.json', true],
      ['broken.json', false],
    ]);
    expect(read[0]?.text).toBe(await good[0]?.text());
    const intake = addFiles(
      EMPTY_INTAKE,
      read.map((r) => r.result),
    );
    expect(await groupOf(intake.good, { includePairs: 'all' })).toEqual(
      aggregateGroup(intake.good.map(participantOf), { includePairs: 'all' }),
    );
  });
});
