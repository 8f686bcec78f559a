// Remembered UI choices. Storage can be missing or full (private mode): then the choice simply
// is not remembered, and the app keeps working.
import type { Language } from '../catalogue/ids';

const LANGUAGE_KEY = 'partnership-mirror:language';
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
  if (stored === 'nl' || stored === 'en') return stored;
  // Partner officers read English; Dutch browsers get Dutch.
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export const saveLanguage = (language: Language) => write(LANGUAGE_KEY, language);
export const loadLargeText = () => read(LARGE_TEXT_KEY) === 'true';
export const saveLargeText = (on: boolean) => write(LARGE_TEXT_KEY, String(on));
