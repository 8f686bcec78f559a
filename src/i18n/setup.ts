// The i18next runtime, shared by the app, the PDF renderer and the CLI.
import i18next, { type i18n, type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../catalogue/ids';
import { resources } from './resources';

export interface I18nOptions {
  /** Throw on a missing key instead of showing it (tests and dev, as excalidraw's `t` does). */
  strict?: boolean;
}

export function createI18n(language: Language, options: I18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    resources,
    initAsync: false,
    returnNull: false,
    // React escapes already, and jsPDF would print &amp; (style.md §6).
    interpolation: { escapeValue: false },
    saveMissing: options.strict === true,
    missingKeyHandler: options.strict
      ? (_lngs, _ns, key) => {
          throw new Error(`Missing i18n key: ${key}`);
        }
      : false,
  });
  return instance;
}

/** A plain `t` for one language, for the PDF renderer and the CLI. */
export function fixedT(language: Language, options: I18nOptions = {}): TFunction {
  return createI18n(language, options).t;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
