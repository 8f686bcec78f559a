// Imported first by main.tsx, so it runs before the rest of the bundle is evaluated: it asks for
// the language texts and the opened route's page code at once, in parallel (issue 17: the first
// visit was a chain of page → bundle → texts → page code). Only light modules are imported here.
import type { Language } from './catalogue/ids';
import { preloadLanguage } from './i18n/load-language';
import { loadLanguage } from './io/preferences';
import { PAGES_WITH_ALL_LANGUAGES } from './ui/first-load-hint';
import { loadPageModule, pageModuleFor } from './ui/page-modules';
import { parseRoute } from './ui/routing';

export const firstLanguage: Language = loadLanguage();
export const firstRoute = parseRoute(window.location.hash);
const page = pageModuleFor(firstRoute);

/** The report's glossary shows both languages: then the other one is needed from the start. */
export const otherLanguage: Language | undefined =
  page !== undefined && PAGES_WITH_ALL_LANGUAGES.includes(page)
    ? firstLanguage === 'nl'
      ? 'en'
      : 'nl'
    : undefined;

/** The opened page's code, on its way (undefined for pages in the main bundle). */
export const firstPage: Promise<unknown> | undefined = page === undefined ? undefined : loadPageModule(page);

preloadLanguage(firstLanguage);
if (otherLanguage !== undefined) preloadLanguage(otherLanguage);
