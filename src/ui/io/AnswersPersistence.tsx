import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { saveAnswers, type LoadOutcome, type SaveOutcome } from '../../io/autosave';
import { AnswersProvider, type AnswersState } from '../answers-store';
import { useLanguage } from '../use-language';
import { AutosaveContext } from './autosave-state';

/** The answers store, started from what autosave restored and saved after every change
 *  (no debounce: a closed tab must never lose the last keystroke; a save takes well under 1 ms). */
export function AnswersPersistence({ initial, children }: { initial: LoadOutcome; children: ReactNode }) {
  const { language } = useLanguage();
  const [save, setSave] = useState<SaveOutcome | 'idle'>('idle');
  const onChange = useCallback((state: AnswersState) => setSave(saveAnswers(state, language)), [language]);
  const status = useMemo(() => ({ load: initial.status, save }), [initial.status, save]);
  return (
    <AutosaveContext.Provider value={status}>
      <AnswersProvider initial={initial.state} onChange={onChange}>
        {children}
      </AnswersProvider>
    </AutosaveContext.Provider>
  );
}
