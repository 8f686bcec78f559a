import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../../src/io/preferences';

function browser(stored: string | null, navigatorLanguage: string) {
  vi.stubGlobal('window', { localStorage: { getItem: () => stored, setItem: () => undefined } });
  vi.stubGlobal('navigator', { language: navigatorLanguage });
}

describe('loadLanguage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['nl', 'en-GB', 'nl'],
    ['en', 'nl-NL', 'en'],
    [null, 'nl-BE', 'nl'],
    [null, 'nl', 'nl'],
    [null, 'tr-TR', 'en'],
    // Stored rubbish (an old version, a hand edit) is ignored, not trusted.
    ['both', 'nl-NL', 'nl'],
    ['xx', 'fr', 'en'],
  ])('stored %s, browser %s → %s', (stored, nav, expected) => {
    browser(stored, nav);
    expect(loadLanguage()).toBe(expected);
  });
});
