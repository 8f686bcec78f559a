import { createContext, useContext } from 'react';
import type { Language } from '../catalogue/ids';

export interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

export const LanguageContext = createContext<LanguageState | null>(null);

export function useLanguage(): LanguageState {
  const value = useContext(LanguageContext);
  if (value === null) throw new Error('useLanguage outside I18nRoot');
  return value;
}
