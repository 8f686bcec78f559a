// Remembered UI choices. Storage can be missing or full (private mode): then the choice simply
// is not remembered, and the app keeps working.
// With its extension: vite.config.ts loads this file too, and Vite's config loader wants it.
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../catalogue/languages.ts';

export const LANGUAGE_KEY = 'partnership-mirror:language';
const LARGE_TEXT_KEY = 'partnership-mirror:large-text';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; nothing is lost but the preference.
  }
}

export function loadLanguage(): Language {
  const stored = read(LANGUAGE_KEY);
  if (isLanguage(stored)) return stored;
  // The browser's language if the app has it (a Dutch browser gets Dutch), else the default.
  const browser = navigator.language.toLowerCase();
  return LANGUAGES.find((lang) => browser === lang || browser.startsWith(`${lang}-`)) ?? DEFAULT_LANGUAGE;
}

export const saveLanguage = (language: Language) => write(LANGUAGE_KEY, language);
export const loadLargeText = () => read(LARGE_TEXT_KEY) === 'true';
export const saveLargeText = (on: boolean) => write(LARGE_TEXT_KEY, String(on));
