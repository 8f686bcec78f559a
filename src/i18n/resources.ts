// Both languages, bundled: for the CLI, the PDF and tests (no network loading, works under tsx).
// The browser app loads one language at a time instead (load-language.ts), to keep the first load light.
import type { Language } from '../catalogue/ids';
import { enTranslation } from './resources-en';
import { nlTranslation } from './resources-nl';

export const resources = {
  en: { translation: enTranslation },
  nl: { translation: nlTranslation },
} as const satisfies Record<Language, { translation: object }>;

export type TranslationTree = typeof enTranslation;
