// First visit on a phone (issue 17): the page must not wait for the bundle to learn which texts and
// which page code it needs (page → bundle → texts → page code was a chain of four round trips).
// index.html carries FIRST_LOAD_HINT_SCRIPT inline (allowed by its hash in the CSP,
// scripts/hosting-headers.ts) and, as JSON, the built files of every language and lazy page
// (scripts/first-load-preloads.ts). While the HTML is parsed, the script asks for the texts of the
// language the app will start in and the code of the page in the address, together with the bundle.
// It only hints: src/first-load.ts still decides and loads; a wrong guess costs one unused download.
// No imports at run time: this file is also read by the build and by hosting-headers.ts.
import type { Language } from '../catalogue/languages';
import type { PageModuleName } from './page-modules';

export const FIRST_LOAD_DATA_ID = 'pm-first-load';

/** The first path segment of a hash route → the lazily loaded page it opens. page-modules.ts's
 *  pageModuleFor says the same per route (test/ui/first-load-hint.test.ts keeps them equal). */
export const PAGE_OF_SEGMENT = {
  questionnaire: 'questionnaire',
  check: 'questionnaire',
  report: 'report',
  workshop: 'workshop',
} as const satisfies Record<string, PageModuleName>;

/** Pages that need every language's texts from the start (the report's glossary shows both). */
export const PAGES_WITH_ALL_LANGUAGES: readonly PageModuleName[] = ['report'];

/** What the build writes into the page for the script: file URLs, in the order to fetch them. */
export type FirstLoadData = {
  /** localStorage key of the chosen language (io/preferences.ts). */
  languageKey: string;
  defaultLanguage: Language;
  /** In the order of LANGUAGES: the browser's language is matched in that order. */
  languages: Record<Language, string[]>;
  segments: Record<string, PageModuleName>;
  pages: Partial<Record<PageModuleName, string[]>>;
  allLanguages: readonly PageModuleName[];
};

// Plain, dependency-free and never throwing: if anything is missing the app simply loads as before.
// The language is chosen as io/preferences.ts loadLanguage() does. Changing one character changes
// the CSP hash: docs/hosting must then be updated (test/hosting-headers.test.ts says so).
export const FIRST_LOAD_HINT_SCRIPT = `(() => {
  try {
    const d = JSON.parse(document.getElementById('${FIRST_LOAD_DATA_ID}').textContent);
    const languages = Object.keys(d.languages);
    let language = null;
    try { language = localStorage.getItem(d.languageKey); } catch {}
    if (!languages.includes(language)) {
      const browser = navigator.language.toLowerCase();
      language = languages.find((l) => browser === l || browser.startsWith(l + '-')) || d.defaultLanguage;
    }
    const page = d.segments[location.hash.replace(/^#\\/?/, '').split(/[/?]/)[0]];
    const wanted = d.allLanguages.includes(page) ? languages : [language];
    const files = wanted.flatMap((l) => d.languages[l]).concat((page && d.pages[page]) || []);
    for (const href of new Set(files)) {
      const link = document.createElement('link');
      if (href.endsWith('.css')) { link.rel = 'preload'; link.setAttribute('as', 'style'); } else link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    }
  } catch {}
})();`;
