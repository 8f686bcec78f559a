// Shared helpers for the questionnaire's component tests: English names come from locales/en
// through tEn, so copy edits do not break tests (style.md §10).
import type { RenderResult } from '@testing-library/react';
import type { TOptions } from 'i18next';
import type { AnswerValue } from '../../../src/catalogue/answers';
import type { QuestionId } from '../../../src/catalogue/catalogue';
import { createI18n } from '../../../src/i18n/setup';
import { EMPTY_STATE } from '../../../src/ui/answers-store';
import { QuestionnairePage } from '../../../src/ui/QuestionnairePage';
import { renderWithProviders } from '../providers';

const en = createI18n('en', { strict: true });
export const tEn = (key: string, options: TOptions = {}): string => en.t(key, options);
export const label = (id: string, context?: string) =>
  tEn(`questions.${id}.label`, context ? { context } : {});

/** The store's latest answers (updated through the provider's onChange, as autosave sees them). */
export interface Probe {
  answers: Partial<Record<QuestionId, AnswerValue>>;
}

/** Renders the questionnaire at a hash route, inside the app's providers. */
export function renderAt(hash: string, answers: Probe['answers'] = {}): RenderResult & { probe: Probe } {
  window.location.hash = hash;
  const probe: Probe = { answers };
  const result = renderWithProviders(<QuestionnairePage />, {
    initial: { ...EMPTY_STATE, answers },
    onChange: (state) => {
      probe.answers = state.answers;
    },
  });
  return { ...result, probe };
}
