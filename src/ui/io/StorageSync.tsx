// Two tabs of the app share one stored copy of the answers (issue 16, defect 4): v1's last tab to
// save silently overwrote the other's answers. Here a tab that changed nothing since its last save
// shows the newer answers of the other tab; a tab with answers of its own stops saving and asks.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ANSWERS_STORAGE_KEY, readStoredState, type SavedState, type Unreadable } from '../../io/autosave';
import { downloadTextFile } from '../../io/download';
import { EMPTY_STATE, useAnswers, type AnswersState } from '../answers-store';
import { StorageNoticesContext, type SaveStatus, type StorageNotices } from './autosave-state';

/** When the autosave must not write, and what it wrote last. Mutable on purpose, read by the
 *  store's change callback and the storage listener without re-rendering anything. */
export class SaveHold {
  constructor(
    /** Stored answers could not be read and no copy could be kept: do not overwrite them. */
    public unreadable: boolean,
    /** stateKey of what this tab last saved, loaded or took over. */
    public lastSynced: string,
    /** Another tab's answers wait for the user's choice: do not overwrite them. */
    public otherTab = false,
  ) {}

  synced(state: AnswersState): void {
    this.lastSynced = stateKey(state);
  }

  release(reason: 'unreadable' | 'otherTab'): void {
    this[reason] = false;
  }
}

/** Two states are the same answers when this is equal (savedAt and key order do not count). */
export const stateKey = (s: AnswersState): string =>
  // Everything autosave stores: the answers, the label, the action plan (issue 15) and the
  // catalogue a migrated file was made with.
  JSON.stringify([
    Object.entries(s.answers).sort(([a], [b]) => (a < b ? -1 : 1)),
    s.respondentLabel,
    s.plan ?? [],
    s.madeWithCatalogue ?? '',
  ]);

export const UNREADABLE_FILE_NAME = 'unreadable-stored-answers.json';

interface StorageSyncProps {
  hold: SaveHold;
  unreadable: Unreadable | null;
  saveNow: (state: AnswersState) => void;
  setSave: (status: SaveStatus) => void;
  children: ReactNode;
}

export function StorageSync({
  hold,
  unreadable: initialUnreadable,
  saveNow,
  setSave,
  children,
}: StorageSyncProps) {
  const store = useAnswers();
  const [pending, setPending] = useState<SavedState | null>(null);
  const [unreadable, setUnreadable] = useState(initialUnreadable);

  useEffect(() => {
    // The storage event fires only in the OTHER tabs of this origin, never in the one that saved.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== ANSWERS_STORAGE_KEY) return;
      const theirs = event.newValue === null ? EMPTY_STATE : readStoredState(event.newValue);
      if (theirs === null) return;
      const mine = stateKey(store);
      if (mine === stateKey(theirs)) {
        hold.lastSynced = mine;
      } else if (mine === hold.lastSynced && !hold.otherTab) {
        hold.synced(theirs);
        store.replaceAll(theirs);
        setSave('synced');
      } else {
        hold.otherTab = true;
        setPending(theirs);
        setSave('paused');
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [hold, store, setSave]);

  const notices = useMemo<StorageNotices>(
    () => ({
      unreadable,
      downloadUnreadable: () => {
        if (unreadable === null) return;
        downloadTextFile(UNREADABLE_FILE_NAME, unreadable.text);
        setUnreadable(null);
        // The user has the copy now: saving may overwrite the unreadable original.
        if (hold.unreadable) {
          hold.release('unreadable');
          if (!hold.otherTab) saveNow(store);
        }
      },
      otherTabChanged: pending !== null,
      showOtherTab: () => {
        if (pending === null) return;
        hold.release('otherTab');
        hold.synced(pending);
        store.replaceAll(pending);
        setPending(null);
        setSave('synced');
      },
      keepThisTab: () => {
        hold.release('otherTab');
        setPending(null);
        if (hold.unreadable) setSave('held');
        else saveNow(store);
      },
    }),
    [unreadable, pending, hold, store, saveNow, setSave],
  );
  return <StorageNoticesContext.Provider value={notices}>{children}</StorageNoticesContext.Provider>;
}
