import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../src/catalogue/catalogue';
import { addFiles, EMPTY_INTAKE, participantOf, removeFile } from '../../src/group/intake';
import { answerFileText, generateAnswerFiles } from '../fixtures/generate-answers';

const files = generateAnswerFiles(3, 11).map((f, i) => ({ name: `p${i}.json`, content: answerFileText(f) }));

describe('addFiles', () => {
  it('keeps good files, lists bad ones with their problems, and one bad file blocks nothing', () => {
    const intake = addFiles(EMPTY_INTAKE, [
      ...files,
      { name: 'broken.json', content: '{ not json' },
      {
        name: 'old.json',
        content: (files[0]?.content ?? '').replace(
          `"catalogueVersion": "${CATALOGUE_VERSION}"`,
          '"catalogueVersion": "0"',
        ),
      },
    ]);
    expect(intake.good.map((g) => g.name)).toEqual(['p0.json', 'p1.json', 'p2.json']);
    expect(intake.bad).toEqual([
      { name: 'broken.json', problems: [{ code: 'not_json' }] },
      { name: 'old.json', problems: [{ code: 'unknown_catalogue_version', params: { version: '0' } }] },
    ]);
  });

  it('counts the same file twice once, also when added later, and says which it repeats', () => {
    const first = addFiles(EMPTY_INTAKE, files);
    const again = addFiles(first, [
      { name: 'copy.json', content: new TextEncoder().encode(files[1]?.content) },
    ]);
    expect(again.good).toHaveLength(3);
    expect(again.duplicates).toEqual([{ name: 'copy.json', sameAs: 'p1.json' }]);
  });

  it('lets a removed participant be added again', () => {
    const intake = addFiles(EMPTY_INTAKE, files);
    const hash = intake.good[0]?.hash ?? '';
    const removed = removeFile(intake, hash);
    expect(removed.good.map((g) => g.name)).toEqual(['p1.json', 'p2.json']);
    expect(addFiles(removed, [files[0] ?? { name: '', content: '' }]).good).toHaveLength(3);
  });

  it('makes a participant with the label, the side and the content hash as id', () => {
    const [good] = addFiles(EMPTY_INTAKE, files).good;
    if (good === undefined) throw new Error('no file');
    expect(participantOf(good)).toMatchObject({
      id: good.hash,
      label: good.file.respondent?.label,
      side: good.file.answers.profile_side,
    });
  });
});
