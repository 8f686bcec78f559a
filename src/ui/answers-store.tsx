// The answers of this session, shared by the questionnaire, the report and the file import.
// One store so that every page sees the same answers; persistence (autosave) hooks in here.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AnswerValue, Answers } from '../catalogue/answers';
import type { QuestionId } from '../catalogue/catalogue';
import type { Plan } from '../answers/plan';

export interface AnswersState {
  readonly answers: Answers;
  /** Optional free text naming who answered (contract §1, respondent.label). */
  readonly respondentLabel: string;
  /** The action plan (issue 15); absent reads as empty. */
  readonly plan?: Plan;
  /** The older catalogue the answers were made with (content-model-v2 §1), so the report can say
   *  that questions were added since. Absent for answers made with the current one. */
  readonly madeWithCatalogue?: string;
}

export interface AnswersStore extends AnswersState {
  /** Sets one answer; `undefined` removes it (an unanswered question is absent, contract §1). */
  setAnswer(id: QuestionId, value: AnswerValue | undefined): void;
  setRespondentLabel(label: string): void;
  setPlan(plan: Plan): void;
  /** Replaces everything, e.g. after a confirmed import. */
  replaceAll(state: AnswersState): void;
  clear(): void;
}

export const EMPTY_STATE: AnswersState = { answers: {}, respondentLabel: '' };

const AnswersContext = createContext<AnswersStore | null>(null);

export interface AnswersProviderProps {
  initial?: AnswersState;
  /** Called after every change with the new state (autosave). */
  onChange?: (state: AnswersState) => void;
  children: ReactNode;
}

export function AnswersProvider({ initial = EMPTY_STATE, onChange, children }: AnswersProviderProps) {
  const [state, setState] = useState<AnswersState>(initial);

  // Report changes after they are committed, never the initial state (nothing changed yet).
  const committed = useRef(state);
  useEffect(() => {
    if (committed.current === state) return;
    committed.current = state;
    onChange?.(state);
  }, [state, onChange]);

  const store = useMemo<AnswersStore>(() => {
    const update = (next: (prev: AnswersState) => AnswersState) => setState(next);
    return {
      ...state,
      setAnswer: (id, value) =>
        update((prev) => {
          const answers: Partial<Record<QuestionId, AnswerValue>> = { ...prev.answers };
          if (value === undefined) delete answers[id];
          else answers[id] = value;
          return { ...prev, answers };
        }),
      setRespondentLabel: (respondentLabel) => update((prev) => ({ ...prev, respondentLabel })),
      setPlan: (plan) => update((prev) => ({ ...prev, plan })),
      replaceAll: (next) => update(() => next),
      clear: () => update(() => EMPTY_STATE),
    };
  }, [state]);

  return <AnswersContext.Provider value={store}>{children}</AnswersContext.Provider>;
}

export function useAnswers(): AnswersStore {
  const store = useContext(AnswersContext);
  if (store === null) throw new Error('useAnswers outside AnswersProvider');
  return store;
}
