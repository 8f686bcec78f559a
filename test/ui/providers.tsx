// Renders a component inside the app's providers, for component tests (jsdom).
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '../../src/catalogue/ids';
import { createI18n } from '../../src/i18n/setup';
import { AnswersProvider, EMPTY_STATE, type AnswersState } from '../../src/ui/answers-store';
import { I18nRoot } from '../../src/ui/I18nRoot';

export interface ProviderOptions {
  language?: Language;
  initial?: AnswersState;
  onChange?: (state: AnswersState) => void;
}

export function renderWithProviders(ui: ReactElement, options: ProviderOptions = {}): RenderResult {
  const language = options.language ?? 'en';
  return render(
    <I18nRoot i18n={createI18n(language, { strict: true })} initialLanguage={language}>
      <AnswersProvider initial={options.initial ?? EMPTY_STATE} onChange={options.onChange}>
        {ui}
      </AnswersProvider>
    </I18nRoot>,
  );
}
