import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as LoadLanguage from '../../../src/i18n/load-language';
import { createBrowserI18n, ensureLanguageLoaded } from '../../../src/i18n/load-language';
import { fixedT } from '../../../src/i18n/setup';
import { AnswersProvider } from '../../../src/ui/answers-store';
import { I18nRoot } from '../../../src/ui/I18nRoot';
import { ReportPage } from '../../../src/ui/ReportPage';
import { exampleAnswers } from '../../report/example-answers';

// The real loader, with a way to make one load fail as a lost network or a stale chunk would.
vi.mock('../../../src/i18n/load-language', async (importOriginal) => {
  const actual = await importOriginal<typeof LoadLanguage>();
  return { ...actual, ensureLanguageLoaded: vi.fn(actual.ensureLanguageLoaded) };
});

const tEn = fixedT('en', { strict: true });

describe('ReportPage when the texts of the other language cannot be loaded', () => {
  it('shows an error with a retry instead of "Loading…" for ever, and the report after the retry', async () => {
    vi.mocked(ensureLanguageLoaded).mockRejectedValueOnce(new Error('Failed to fetch chunk'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Only English loaded, as the browser starts: the report then asks for Dutch too.
    const i18n = await createBrowserI18n('en', { strict: true });
    render(
      <I18nRoot i18n={i18n} initialLanguage="en">
        <AnswersProvider initial={{ answers: exampleAnswers('A'), respondentLabel: '' }}>
          <ReportPage />
        </AnswersProvider>
      </I18nRoot>,
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(tEn('ui.app.loadFailed.message'));
    expect(screen.queryByText(tEn('ui.app.loading'))).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: tEn('ui.app.loadFailed.retry') }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(tEn('report.cover.title'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
