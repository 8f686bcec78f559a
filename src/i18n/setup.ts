// The i18next runtime with both languages bundled: for the CLI, the PDF renderer and tests.
// (The browser app starts with one language: see load-language.ts.)
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Language } from '../catalogue/ids';
import { i18nInitOptions, type I18nOptions } from './options';
import { resources } from './resources';

export type { I18nOptions } from './options';

export function createI18n(language: Language, options: I18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nInitOptions(language, options), resources });
  return instance;
}

// Create once, pass down (style.md §12a): an i18next instance takes ~1 ms to initialise, and a
// bilingual report resolves ~900 texts, so a new instance per text cost seconds per PDF (issue 12).
const fixedTs = new Map<string, TFunction>();

/** A plain `t` for one language, for the PDF renderer and the CLI: one per language and mode. */
export function fixedT(language: Language, options: I18nOptions = {}): TFunction {
  const cacheKey = `${language}:${options.strict === true ? 'strict' : 'lenient'}`;
  let t = fixedTs.get(cacheKey);
  if (t === undefined) {
    t = createI18n(language, options).t;
    fixedTs.set(cacheKey, t);
  }
  return t;
}
