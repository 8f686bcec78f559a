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

/** A plain `t` for one language, for the PDF renderer and the CLI. */
export function fixedT(language: Language, options: I18nOptions = {}): TFunction {
  return createI18n(language, options).t;
}

export { isLanguage } from './is-language';
