// i18next options shared by the browser instance and the CLI/PDF instance, so both treat
// missing keys and interpolation the same way.
import type { InitOptions } from 'i18next';
import { LANGUAGES, type Language } from '../catalogue/ids';

export interface I18nOptions {
  /** Throw on a missing key instead of showing it (tests and dev, as excalidraw's `t` does). */
  strict?: boolean;
}

export function i18nInitOptions(language: Language, options: I18nOptions = {}): InitOptions {
  return {
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
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
  };
}
