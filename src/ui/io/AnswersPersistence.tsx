import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { saveAnswers, type LoadOutcome } from '../../io/autosave';
import { AnswersProvider, type AnswersState } from '../answers-store';
import { useLanguage } from '../use-language';
import { AutosaveContext, type SaveStatus } from './autosave-state';
import { SaveHold, StorageSync, stateKey } from './StorageSync';

/** The answers store, started from what autosave restored and saved after every change
 *  (no debounce: a closed tab must never lose the last keystroke; a save takes well under 1 ms).
 *  Saving holds back while stored answers that could not be read have no safe copy, and while
 *  another tab's newer answers wait for the user's choice (issue 16, defects 4 and 5). */
export function AnswersPersistence({ initial, children }: { initial: LoadOutcome; children: ReactNode }) {
  const { language } = useLanguage();
  const [save, setSave] = useState<SaveStatus>('idle');
  const [hold] = useState(
    () => new SaveHold(initial.status === 'corrupt' && !initial.unreadable.keptCopy, stateKey(initial.state)),
  );
  const saveNow = useCallback(
    (state: AnswersState) => {
      hold.synced(state);
      setSave(saveAnswers(state, language));
    },
    [hold, language],
  );
  const onChange = useCallback(
    (state: AnswersState) => {
      const h = hold;
      if (h.otherTab) setSave('paused');
      else if (h.unreadable) setSave('held');
      // Answers just taken over from another tab are stored already: writing them back would
      // start the two tabs answering each other.
      else if (stateKey(state) !== h.lastSynced) saveNow(state);
    },
    [hold, saveNow],
  );
  const status = useMemo(() => ({ load: initial.status, save }), [initial.status, save]);
  return (
    <AutosaveContext.Provider value={status}>
      <AnswersProvider initial={initial.state} onChange={onChange}>
        <StorageSync
          hold={hold}
          unreadable={initial.status === 'corrupt' ? initial.unreadable : null}
          saveNow={saveNow}
          setSave={setSave}
        >
          {children}
        </StorageSync>
      </AnswersProvider>
    </AutosaveContext.Provider>
  );
}
