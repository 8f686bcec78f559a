import { LANGUAGES, type Language } from '../catalogue/ids';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
