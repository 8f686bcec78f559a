// Shared helpers for the questionnaire's component tests: English names come from locales/en
// through tEn, so copy edits do not break tests (style.md §10).
import type { RenderResult } from '@testing-library/react';
import type { AnswerValue } from '../../../src/catalogue/answers';
import type { QuestionId } from '../../../src/catalogue/catalogue';
import { createI18n } from '../../../src/i18n/setup';
import { AnswersProvider, EMPTY_STATE, useAnswers, type AnswersState } from '../../../src/ui/answers-store';
import { QuestionnairePage } from '../../../src/ui/QuestionnairePage';
import { renderWithProviders } from '../providers';

const en = createI18n('en', { strict: true });
export const tEn = (key: string, options?: Record<string, unknown>): string => en.t(key, options);
export const label = (id: string, context?: string) => tEn(`questions.${id}.label`, context ? { context } : {});

/** The latest store state, for asserting what was saved. */
export interface Probe {
  answers: Partial<Record<QuestionId, AnswerValue>>;
}

function StoreProbe({ probe }: { probe: Probe }) {
  probe.answers = useAnswers().answers;
  return null;
}

/** Renders the questionnaire at a hash route, inside the app's providers. */
export function renderAt(hash: string, answers: Probe['answers'] = {}): RenderResult & { probe: Probe } {
  window.location.hash = hash;
  const probe: Probe = { answers };
  const initial: AnswersState = { ...EMPTY_STATE, answers };
  const result = renderWithProviders(
    <>
      <QuestionnairePage />
      <StoreProbe probe={probe} />
    </>,
    { initial },
  );
  return { ...result, probe };
}

export { AnswersProvider };
