// Autosave (issue 4, part 5): the answers live in localStorage as an answers file, so restoring
// goes through the same parser as an opened file. Storage may be missing, full or corrupt
// (private mode, quota, an old or hand-edited entry): then the app starts empty, says so, and works.
import type { Answers } from '../catalogue/answers';
import type { Language } from '../catalogue/ids';
import { ADDED_SINCE } from '../answers/migrate';
import { parseAnswersFile, type AnswersFile } from '../answers/parse';
import type { Plan } from '../answers/plan';
import { serialiseAnswersFile } from '../answers/serialise';

export const ANSWERS_STORAGE_KEY = 'partnership-mirror:answers';
/** A store that could not be read is kept here rather than lost when the next save overwrites it. */
export const CORRUPT_STORAGE_KEY = 'partnership-mirror:answers-unreadable';
/** The older catalogue the stored answers were first made with, when they were migrated. */
export const MADE_WITH_STORAGE_KEY = 'partnership-mirror:made-with-catalogue';

export interface SavedState {
  readonly answers: Answers;
  readonly respondentLabel: string;
  /** The action plan (issue 15), saved with the answers; absent reads as empty. */
  readonly plan?: Plan;
  /** The older catalogue of a migrated file (content-model-v2 §1). Saving writes the current
   *  catalogue, so this is kept beside the answers under MADE_WITH_STORAGE_KEY. */
  readonly madeWithCatalogue?: string;
}

/** Stored answers that could not be read (issue 16, defects 2 and 5): set aside, offered as a
 *  download, and — when no copy could be kept in storage — never overwritten until downloaded. */
export interface Unreadable {
  readonly text: string;
  /** A copy sits under CORRUPT_STORAGE_KEY, so the next save may overwrite the original. */
  readonly keptCopy: boolean;
}

export type LoadOutcome =
  | { readonly status: 'empty' | 'restored' | 'unavailable'; readonly state: SavedState }
  /** The store held something unreadable: start empty and say so. */
  | { readonly status: 'corrupt'; readonly state: SavedState; readonly unreadable: Unreadable };

export type SaveOutcome = 'saved' | 'cleared' | 'failed';

const EMPTY: SavedState = { answers: {}, respondentLabel: '' };

/** `window.localStorage` itself throws in some private modes, so even getting it is guarded. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadAnswers(storage: Storage | null = browserStorage()): LoadOutcome {
  if (storage === null) return { status: 'unavailable', state: EMPTY };
  let text: string | null;
  try {
    text = storage.getItem(ANSWERS_STORAGE_KEY);
  } catch {
    return { status: 'unavailable', state: EMPTY };
  }
  if (text === null) return { status: 'empty', state: EMPTY };
  const state = readStoredState(text);
  if (state === null) return { status: 'corrupt', state: EMPTY, unreadable: setAside(storage, text) };
  const madeWith = state.madeWithCatalogue ?? storedMadeWith(storage);
  return {
    status: 'restored',
    state: madeWith === undefined ? state : { ...state, madeWithCatalogue: madeWith },
  };
}

/** Only a version this app can migrate from counts: anything else in the key is ignored. */
function storedMadeWith(storage: Storage): string | undefined {
  try {
    const version = storage.getItem(MADE_WITH_STORAGE_KEY);
    return version !== null && ADDED_SINCE.has(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The answers in a stored text, or null when they cannot be read. Never throws: the start of the
 *  app depends on it (v1 showed a blank page when the reader threw). */
export function readStoredState(text: string): SavedState | null {
  try {
    const result = parseAnswersFile(text);
    if (!result.ok) return null;
    return stateOfFile(result.file);
  } catch {
    return null;
  }
}

/** What the app keeps of a read answers file: restored from storage or opened by the user. */
export function stateOfFile(file: AnswersFile): SavedState {
  return {
    answers: file.answers,
    respondentLabel: file.respondent?.label ?? '',
    ...(file.plan === undefined ? {} : { plan: file.plan }),
    ...(file.madeWithCatalogue === undefined ? {} : { madeWithCatalogue: file.madeWithCatalogue }),
  };
}

function setAside(storage: Storage, text: string): Unreadable {
  try {
    storage.setItem(CORRUPT_STORAGE_KEY, text);
    return { text, keptCopy: storage.getItem(CORRUPT_STORAGE_KEY) === text };
  } catch {
    // Storage full: no copy. The caller must then not overwrite the original (issue 16, defect 5).
    return { text, keptCopy: false };
  }
}

export const isEmptyState = (state: SavedState) =>
  Object.keys(state.answers).length === 0 &&
  state.respondentLabel.trim() === '' &&
  (state.plan ?? []).length === 0;

/** Stores the state; an empty state removes the entry ("Start again" leaves nothing behind). */
export function saveAnswers(
  state: SavedState,
  language: Language,
  now: Date = new Date(),
  storage: Storage | null = browserStorage(),
): SaveOutcome {
  if (storage === null) return 'failed';
  try {
    if (isEmptyState(state)) {
      storage.removeItem(ANSWERS_STORAGE_KEY);
      storage.removeItem(MADE_WITH_STORAGE_KEY);
      return 'cleared';
    }
    storage.setItem(
      ANSWERS_STORAGE_KEY,
      serialiseAnswersFile({
        answers: state.answers,
        respondentLabel: state.respondentLabel,
        plan: state.plan,
        language,
        savedAt: now,
      }),
    );
    if (state.madeWithCatalogue === undefined) storage.removeItem(MADE_WITH_STORAGE_KEY);
    else storage.setItem(MADE_WITH_STORAGE_KEY, state.madeWithCatalogue);
    return 'saved';
  } catch {
    // QuotaExceededError or SecurityError: the answers stay in the page; the status says so.
    return 'failed';
  }
}
