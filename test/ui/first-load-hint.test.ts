// @vitest-environment jsdom
// Issue 17: the inline first-load hint asks for the texts and page code the app will need, decided
// the way the app decides (io/preferences.ts, page-modules.ts), without waiting for the bundle.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/io/preferences';
import {
  FIRST_LOAD_DATA_ID,
  FIRST_LOAD_HINT_SCRIPT,
  PAGE_OF_SEGMENT,
  type FirstLoadData,
} from '../../src/ui/first-load-hint';
import { pageModuleFor } from '../../src/ui/page-modules';
import { parseRoute } from '../../src/ui/routing';

const data: FirstLoadData = {
  languageKey: 'partnership-mirror:language',
  defaultLanguage: 'en',
  languages: { nl: ['/assets/nl.js'], en: ['/assets/en.js'] },
  segments: PAGE_OF_SEGMENT,
  pages: { questionnaire: ['/assets/q.js', '/assets/q.css', '/assets/shared.js'], report: ['/assets/r.js'] },
  allLanguages: ['report'],
};

/** Runs the hint as the page would, and returns what it asked for. */
function runHint(hash: string, pageData: FirstLoadData | string = data): string[] {
  window.location.hash = hash;
  document.head.innerHTML = '';
  const json = document.createElement('script');
  json.type = 'application/json';
  json.id = FIRST_LOAD_DATA_ID;
  json.textContent = typeof pageData === 'string' ? pageData : JSON.stringify(pageData);
  document.head.appendChild(json);
  new Function(FIRST_LOAD_HINT_SCRIPT)();
  return [...document.head.querySelectorAll('link')].map(
    (l) =>
      `${l.rel}${l.getAttribute('as') === null ? '' : `:${l.getAttribute('as')}`} ${l.getAttribute('href')}`,
  );
}

afterEach(() => {
  localStorage.clear();
  window.location.hash = '';
});

describe('first-load hint', () => {
  it('asks for the chosen language and the opened page, CSS as a style preload', () => {
    localStorage.setItem('partnership-mirror:language', 'nl');
    expect(runHint('#/questionnaire/profile')).toEqual([
      'modulepreload /assets/nl.js',
      'modulepreload /assets/q.js',
      'preload:style /assets/q.css',
      'modulepreload /assets/shared.js',
    ]);
  });

  it('asks for every language on the report (its glossary shows both)', () => {
    localStorage.setItem('partnership-mirror:language', 'en');
    expect(runHint('#/report')).toEqual([
      'modulepreload /assets/nl.js',
      'modulepreload /assets/en.js',
      'modulepreload /assets/r.js',
    ]);
  });

  it('picks the language the app will start in when none is stored', () => {
    expect(runHint('#/')).toEqual([`modulepreload /assets/${loadLanguage()}.js`]);
    localStorage.setItem('partnership-mirror:language', 'xx');
    expect(runHint('#/')).toEqual([`modulepreload /assets/${loadLanguage()}.js`]);
  });

  it('never throws, whatever the page holds', () => {
    expect(() => runHint('#/questionnaire', '{not json')).not.toThrow();
    expect(runHint('#/constructor')).toEqual([`modulepreload /assets/${loadLanguage()}.js`]);
  });

  it.each([
    '#/',
    '#/questionnaire',
    '#/questionnaire/profile',
    '#/questionnaire/profile?focus=profile_own_municipality&return=check',
    '#/check',
    '#/report',
    '#/workshop',
    '#/example',
    '#/about',
    '#/accessibility',
  ])('names the same page code as the app for %s (a valid address)', (hash) => {
    const segment = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
    const hinted = (PAGE_OF_SEGMENT as Record<string, string>)[segment];
    expect(hinted).toBe(pageModuleFor(parseRoute(hash)));
  });
});
