// The browser loads the texts of one language when it is first needed: a separate chunk from the
// app's own origin (so it works offline and from the one-file edition), not part of the entry.
import i18next, { type i18n } from 'i18next';
import type { Language } from '../catalogue/ids';
import { i18nInitOptions, type I18nOptions } from './options';

const loaders: Record<Language, () => Promise<object>> = {
  en: () => import('./resources-en').then((m) => m.enTranslation),
  nl: () => import('./resources-nl').then((m) => m.nlTranslation),
};

/** Starts fetching a language's texts without waiting (the module is then at hand when needed). */
export function preloadLanguage(language: Language): void {
  void loaders[language]();
}

export async function ensureLanguageLoaded(instance: i18n, language: Language): Promise<void> {
  if (instance.hasResourceBundle(language, 'translation')) return;
  instance.addResourceBundle(language, 'translation', await loaders[language](), true, true);
}

/** An i18next instance with the texts of `language` loaded, for the browser app. */
export async function createBrowserI18n(language: Language, options: I18nOptions = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({ ...i18nInitOptions(language, options), resources: {} });
  await ensureLanguageLoaded(instance, language);
  await instance.changeLanguage(language);
  return instance;
}
