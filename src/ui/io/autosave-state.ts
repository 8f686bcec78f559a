// What the autosave did last, for the status line, and the two situations in which it holds back
// (issue 16): stored answers that could not be read, and newer answers from another tab. Without a
// provider (a component test, a page rendered on its own) nothing is stored and nothing is held.
import { createContext, useContext } from 'react';
import type { LoadOutcome, SaveOutcome, Unreadable } from '../../io/autosave';

/** held: not saved, to keep unreadable answers that have no copy; paused: not saved until the
 *  user chooses between this tab's answers and another tab's; synced: another tab's answers shown. */
export type SaveStatus = SaveOutcome | 'idle' | 'held' | 'paused' | 'synced';

export interface AutosaveState {
  readonly load: LoadOutcome['status'];
  readonly save: SaveStatus;
}

export const AutosaveContext = createContext<AutosaveState>({ load: 'empty', save: 'idle' });

export const useAutosaveState = (): AutosaveState => useContext(AutosaveContext);

export interface StorageNotices {
  /** Stored answers that could not be read at start-up, until downloaded. */
  readonly unreadable: Unreadable | null;
  readonly downloadUnreadable: () => void;
  /** Another tab saved different answers while this one had its own. */
  readonly otherTabChanged: boolean;
  readonly showOtherTab: () => void;
  readonly keepThisTab: () => void;
}

export const StorageNoticesContext = createContext<StorageNotices | null>(null);

export const useStorageNotices = (): StorageNotices | null => useContext(StorageNoticesContext);
