import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ANSWERS_STORAGE_KEY,
  CORRUPT_STORAGE_KEY,
  MADE_WITH_STORAGE_KEY,
  loadAnswers,
  saveAnswers,
} from '../../src/io/autosave';
import { manyItems } from '../fixtures/hostile-documents';

/** localStorage as the browser gives it, with switches for the ways it fails. */
class MemoryStorage implements Storage {
  readonly map = new Map<string, string>();
  full = false;
  blocked = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full || this.blocked) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

const state = {
  answers: {
    profile_own_municipality: 'Haarlem',
    profile_partner_municipality: 'الحسيمة',
    cond_trust_continuity: 4,
  },
  respondentLabel: 'Beleidsadviseur',
} as const;

describe('autosave', () => {
  it('restores what it saved, as an answers file', () => {
    const storage = new MemoryStorage();
    expect(saveAnswers(state, 'nl', new Date('2026-11-22T10:15:00Z'), storage)).toBe('saved');
    expect(JSON.parse(storage.map.get(ANSWERS_STORAGE_KEY) ?? '')).toMatchObject({
      format: 'partnership-mirror/answers',
      language: 'nl',
      savedAt: '2026-11-22T10:15:00.000Z',
    });
    expect(loadAnswers(storage)).toEqual({ status: 'restored', state });
  });

  it('starts empty when nothing was saved', () => {
    expect(loadAnswers(new MemoryStorage())).toEqual({
      status: 'empty',
      state: { answers: {}, respondentLabel: '' },
    });
  });

  it('removes the entry when the answers are cleared', () => {
    const storage = new MemoryStorage();
    saveAnswers(state, 'en', new Date(), storage);
    expect(saveAnswers({ answers: {}, respondentLabel: '' }, 'en', new Date(), storage)).toBe('cleared');
    expect(storage.map.has(ANSWERS_STORAGE_KEY)).toBe(false);
  });

  it.each([
    ['not JSON', '{"format": "partnership-mirror/answers", '],
    [
      'a hostile file',
      readFileSync(new URL('../fixtures/answers/hostile/proto.json', import.meta.url), 'utf8'),
    ],
    [
      'an answer out of bounds',
      readFileSync(new URL('../fixtures/answers/hostile/out-of-bounds.json', import.meta.url), 'utf8'),
    ],
  ])('starts empty, without throwing, from a corrupt store (%s), and keeps a copy of it', (_, stored) => {
    const storage = new MemoryStorage();
    storage.map.set(ANSWERS_STORAGE_KEY, stored);
    expect(loadAnswers(storage)).toEqual({
      status: 'corrupt',
      state: { answers: {}, respondentLabel: '' },
      unreadable: { text: stored, keptCopy: true },
    });
    expect(storage.map.get(CORRUPT_STORAGE_KEY)).toBe(stored);
  });

  it('defect 2: starts empty from a stored list of 130,000 items (v1: stack overflow, blank page)', () => {
    const storage = new MemoryStorage();
    const stored = manyItems(130_000);
    storage.map.set(ANSWERS_STORAGE_KEY, stored);
    expect(loadAnswers(storage)).toMatchObject({ status: 'corrupt', unreadable: { keptCopy: true } });
    expect(storage.map.get(CORRUPT_STORAGE_KEY)).toBe(stored);
  });

  it('defect 5: says no copy was kept when storage is full, and leaves the original in place', () => {
    const storage = new MemoryStorage();
    storage.map.set(ANSWERS_STORAGE_KEY, '{not json');
    storage.full = true;
    expect(loadAnswers(storage)).toMatchObject({
      status: 'corrupt',
      unreadable: { text: '{not json', keptCopy: false },
    });
    expect(storage.map.get(ANSWERS_STORAGE_KEY)).toBe('{not json');
  });

  it('reports a full store as a failed save, without throwing', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(saveAnswers(state, 'nl', new Date(), storage)).toBe('failed');
  });

  it('reports storage that is blocked or missing (private mode) as unavailable', () => {
    const storage = new MemoryStorage();
    storage.blocked = true;
    expect(loadAnswers(storage).status).toBe('unavailable');
    expect(saveAnswers(state, 'nl', new Date(), storage)).toBe('failed');
    expect(loadAnswers(null).status).toBe('unavailable');
    expect(saveAnswers(state, 'nl', new Date(), null)).toBe('failed');
  });
});

describe('autosaved answers of catalogue "1" (content-model-v2 §1)', () => {
  it('restores them unchanged through the migration, and saves them again as catalogue "2"', () => {
    const storage = new MemoryStorage();
    const example = readFileSync(
      new URL('../fixtures/answers/example-a-lindestad.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(example).catalogueVersion).toBe('1');
    storage.setItem(ANSWERS_STORAGE_KEY, example);
    const loaded = loadAnswers(storage);
    expect(loaded.status).toBe('restored');
    expect(loaded.state.answers).toEqual(JSON.parse(example).answers);
    expect(storage.getItem(CORRUPT_STORAGE_KEY)).toBeNull();
    expect(saveAnswers(loaded.state, 'en', new Date(0), storage)).toBe('saved');
    expect(JSON.parse(storage.getItem(ANSWERS_STORAGE_KEY) ?? '{}').catalogueVersion).toBe('2');
  });

  it('keeps a catalogue "3" store aside rather than losing it', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({
      format: 'partnership-mirror/answers',
      formatVersion: 1,
      catalogueVersion: '3',
      savedAt: '2026-11-22T10:15:00.000Z',
      language: 'nl',
      answers: { profile_side: 'source' },
    });
    storage.setItem(ANSWERS_STORAGE_KEY, newer);
    expect(loadAnswers(storage).status).toBe('corrupt');
    expect(storage.getItem(CORRUPT_STORAGE_KEY)).toBe(newer);
  });

  it('keeps knowing that migrated answers were made with catalogue "1" after they are saved as "2"', () => {
    const storage = new MemoryStorage();
    // An autosave left by the previous version of the app.
    storage.setItem(
      ANSWERS_STORAGE_KEY,
      readFileSync('test/fixtures/answers/example-a-lindestad.json', 'utf8'),
    );
    const restored = loadAnswers(storage);
    expect(restored.status).toBe('restored');
    expect(restored.state.madeWithCatalogue).toBe('1');

    expect(saveAnswers(restored.state, 'nl', new Date('2026-11-27T10:00:00Z'), storage)).toBe('saved');
    expect(JSON.parse(storage.map.get(ANSWERS_STORAGE_KEY) ?? '').catalogueVersion).toBe('2');
    expect(loadAnswers(storage).state.madeWithCatalogue).toBe('1');

    // Answers of the current catalogue, or none: nothing is left behind.
    saveAnswers(state, 'nl', new Date(), storage);
    expect(storage.map.has(MADE_WITH_STORAGE_KEY)).toBe(false);
    storage.setItem(MADE_WITH_STORAGE_KEY, '<b>9</b>');
    expect(loadAnswers(storage).state.madeWithCatalogue).toBeUndefined();
  });
});
