import { describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  migrate,
  migrateCatalogue,
  MIGRATIONS,
  type MigrationStep,
} from '../../src/answers/migrate';
import { parseAnswersFile } from '../../src/answers/parse';
import { CATALOGUE_VERSION } from '../../src/catalogue/catalogue';

describe('migrate', () => {
  it('has no published older format yet, so version 0 is refused with a problem', () => {
    expect(MIGRATIONS.size).toBe(0);
    expect(migrate({ formatVersion: 0 }, 0)).toEqual({
      ok: false,
      problem: { code: 'no_migration', params: { version: 0 } },
    });
  });

  it('applies each step in turn and stamps the new version (synthetic v-1 → v0 → v1)', () => {
    // A made-up history, to prove the hook: v-1 called it "replies", v0 called it "answers" but
    // had "lang" instead of "language".
    const steps = new Map<number, MigrationStep>([
      [-1, ({ replies, ...rest }) => ({ ...rest, answers: replies })],
      [0, ({ lang, ...rest }) => ({ ...rest, language: lang })],
    ]);
    const old = Object.freeze({ formatVersion: -1, replies: { profile_side: 'source' }, lang: 'en' });
    expect(migrate(old, -1, steps)).toEqual({
      ok: true,
      file: { formatVersion: CURRENT_FORMAT_VERSION, answers: { profile_side: 'source' }, language: 'en' },
    });
  });
});

// content-model-v2 §1: catalogue "1" files are read through a migration; newer ones are refused.
describe('migrateCatalogue', () => {
  const file = Object.freeze({
    catalogueVersion: '1',
    answers: { profile_side: 'source', learn_own_extent: 3 },
  });

  it('lifts "1" to the current version without touching an answer, and says where it came from', () => {
    const result = migrateCatalogue(file, '1');
    expect(result).toEqual({
      ok: true,
      file: { catalogueVersion: CATALOGUE_VERSION, answers: file.answers },
      migratedFrom: '1',
    });
    expect(result.ok && result.file.answers).toBe(file.answers);
  });

  it('reads the current version as is', () => {
    expect(migrateCatalogue({ ...file, catalogueVersion: '2' }, '2')).toEqual({
      ok: true,
      file: { ...file, catalogueVersion: '2' },
    });
  });

  it.each(['3', '10', '99999999999999999999999'])('refuses the newer %s naming both versions', (v) => {
    expect(migrateCatalogue(file, v)).toEqual({
      ok: false,
      problem: { code: 'newer_catalogue_version', params: { version: v, current: '2' } },
    });
  });

  it.each<[unknown, string]>([
    ['0', '0'],
    ['1.1', '1.1'],
    ['01', '01'],
    [2, '2'],
    [undefined, 'undefined'],
    [null, 'null'],
    ['', ''],
  ])('refuses %j as unknown', (v, shown) => {
    expect(migrateCatalogue(file, v)).toEqual({
      ok: false,
      problem: { code: 'unknown_catalogue_version', params: { version: shown } },
    });
  });
});

describe('parseAnswersFile with catalogue versions (content-model-v2 §1)', () => {
  const v1 = (answers: Record<string, unknown>, catalogueVersion: unknown = '1') =>
    JSON.stringify({
      format: 'partnership-mirror/answers',
      formatVersion: 1,
      catalogueVersion,
      savedAt: '2026-11-22T10:15:00.000Z',
      language: 'en',
      answers,
    });

  it('opens a "1" file as catalogue "2" with the same answers, and accepts a v2-only id in it', () => {
    const answers = { profile_side: 'destination', obj_partner_objectives: ['civil_society'] };
    const result = parseAnswersFile(v1(answers));
    expect(result).toEqual({
      ok: true,
      file: {
        format: 'partnership-mirror/answers',
        formatVersion: 1,
        catalogueVersion: '2',
        savedAt: '2026-11-22T10:15:00.000Z',
        language: 'en',
        answers,
        madeWithCatalogue: '1',
      },
    });
  });

  it('refuses "3" whole, naming both versions', () => {
    expect(parseAnswersFile(v1({ profile_side: 'source' }, '3'))).toEqual({
      ok: false,
      problems: [{ code: 'newer_catalogue_version', params: { version: '3', current: '2' } }],
    });
  });
});
