import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../catalogue/ids';
import { createI18n } from '../i18n/setup';
import { loadLanguage, saveLanguage } from '../io/preferences';
import { LanguageContext } from './use-language';

/** Owns the i18next instance and the chosen language: remembered, and mirrored on <html lang>. */
export function I18nRoot({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguage] = useState<Language>(() => initialLanguage ?? loadLanguage());
  const i18n = useMemo(() => createI18n(language, { strict: import.meta.env.DEV }), []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    saveLanguage(language);
  }, [i18n, language]);

  const value = useMemo(() => ({ language, setLanguage }), [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}
