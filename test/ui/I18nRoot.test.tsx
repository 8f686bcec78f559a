import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as LoadLanguage from '../../src/i18n/load-language';
import enApp from '../../locales/en/ui/app.json';
import nlApp from '../../locales/nl/ui/app.json';
import { createBrowserI18n, ensureLanguageLoaded } from '../../src/i18n/load-language';
import { I18nRoot } from '../../src/ui/I18nRoot';
import { LanguageSwitch } from '../../src/ui/LanguageSwitch';

// The real loader, with a way to make one load fail as a lost network or a stale chunk would.
vi.mock('../../src/i18n/load-language', async (importOriginal) => {
  const actual = await importOriginal<typeof LoadLanguage>();
  return { ...actual, ensureLanguageLoaded: vi.fn(actual.ensureLanguageLoaded) };
});

describe('I18nRoot', () => {
  it('says so when the other language cannot be loaded, and loads it on retry', async () => {
    vi.mocked(ensureLanguageLoaded).mockRejectedValueOnce(new Error('Failed to fetch chunk'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Only English loaded, as the browser starts.
    const i18n = await createBrowserI18n('en', { strict: true });
    render(
      <I18nRoot i18n={i18n} initialLanguage="en">
        <LanguageSwitch />
      </I18nRoot>,
    );

    await userEvent.click(screen.getByRole('button', { name: enApp.languageSwitch.nl }));
    expect(await screen.findByRole('alert')).toHaveTextContent(enApp.loadFailed.message);
    expect(screen.getByRole('button', { name: enApp.languageSwitch.en })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await userEvent.click(screen.getByRole('button', { name: enApp.loadFailed.retry }));
    // The page is in Dutch once the switch's own label is.
    expect(await screen.findByRole('navigation', { name: nlApp.languageSwitch.label })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: nlApp.languageSwitch.nl })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
  });
});
