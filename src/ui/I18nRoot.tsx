import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import type { Language } from '../catalogue/ids';
import { ensureLanguageLoaded } from '../i18n/load-language';
import { saveLanguage } from '../io/preferences';
import { LoadFailed } from './LoadFailed';
import { LanguageContext } from './use-language';

interface I18nRootProps {
  /** Created by main.tsx with the first language loaded (tests pass createI18n(…) with both). */
  i18n: i18n;
  initialLanguage: Language;
  children: ReactNode;
}

/** Owns the chosen language: remembered, and mirrored on <html lang>. Switching loads the other
 *  language's texts first, so the page never shows raw keys. */
export function I18nRoot({ i18n, initialLanguage, children }: I18nRootProps) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  // The language whose texts failed to load: the page stays in the current language meanwhile.
  const [failed, setFailed] = useState<Language | null>(null);

  useEffect(() => {
    document.documentElement.lang = language;
    saveLanguage(language);
  }, [language]);

  const setLanguage = useCallback(
    (next: Language) => {
      setFailed(null);
      ensureLanguageLoaded(i18n, next)
        .then(() => i18n.changeLanguage(next))
        .then(
          () => setLanguageState(next),
          (error: unknown) => {
            console.error(error);
            setFailed(next);
          },
        );
    },
    [i18n],
  );

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={value}>
        {failed !== null && <LoadFailed onRetry={() => setLanguage(failed)} />}
        {children}
      </LanguageContext.Provider>
    </I18nextProvider>
  );
}
