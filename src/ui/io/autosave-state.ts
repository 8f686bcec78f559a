// What the autosave did last, for the status line. Without a provider (a component test, a page
// rendered on its own) nothing is stored, and the status says only what autosave would do.
import { createContext, useContext } from 'react';
import type { LoadOutcome, SaveOutcome } from '../../io/autosave';

export interface AutosaveState {
  readonly load: LoadOutcome['status'];
  readonly save: SaveOutcome | 'idle';
}

export const AutosaveContext = createContext<AutosaveState>({ load: 'empty', save: 'idle' });

export const useAutosaveState = (): AutosaveState => useContext(AutosaveContext);
