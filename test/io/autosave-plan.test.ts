// The action plan is autosaved with the answers (issue 15, item 2).
import { describe, expect, it } from 'vitest';
import { ANSWERS_STORAGE_KEY, isEmptyState, loadAnswers, saveAnswers } from '../../src/io/autosave';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const NOW = new Date('2026-11-27T10:00:00Z');
const plan = [{ actionId: 'R3_connect_peers', owner: 'Ayşe', due: '2027-03-01', status: 'done' }] as const;

describe('autosave of the plan', () => {
  it('restores the plan saved with the answers', () => {
    const storage = memoryStorage();
    saveAnswers({ answers: { cond_capacity: 3 }, respondentLabel: '', plan }, 'en', NOW, storage);
    expect(loadAnswers(storage)).toEqual({
      status: 'restored',
      state: { answers: { cond_capacity: 3 }, respondentLabel: '', plan },
    });
  });

  it('keeps a plan even when no question is answered yet', () => {
    const storage = memoryStorage();
    const only = { answers: {}, respondentLabel: '', plan };
    expect(isEmptyState(only)).toBe(false);
    expect(saveAnswers(only, 'en', NOW, storage)).toBe('saved');
    expect(storage.getItem(ANSWERS_STORAGE_KEY)).toContain('R3_connect_peers');
  });

  it('restores a stored file from before the plan with no plan', () => {
    const storage = memoryStorage();
    saveAnswers({ answers: { cond_capacity: 3 }, respondentLabel: '' }, 'en', NOW, storage);
    expect(storage.getItem(ANSWERS_STORAGE_KEY)).not.toContain('"plan"');
    const loaded = loadAnswers(storage);
    expect(loaded.state.plan ?? []).toEqual([]);
  });
});
