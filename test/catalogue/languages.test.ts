import { describe, expect, it } from 'vitest';
import {
  BOTH,
  isLanguage,
  isReportLanguage,
  LANGUAGES,
  languagesOf,
  PDF_LANGUAGE_TAGS,
  REPORT_LANGUAGES,
} from '../../src/catalogue/languages';

describe('languages', () => {
  it.each([
    ['nl', true],
    ['en', true],
    ['both', false],
    ['NL', false],
    ['de', false],
    [undefined, false],
    [null, false],
  ])('isLanguage(%s) is %s', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });

  it("offers every language and 'both' as report languages", () => {
    expect(REPORT_LANGUAGES).toEqual([...LANGUAGES, BOTH]);
    expect(REPORT_LANGUAGES.every(isReportLanguage)).toBe(true);
    expect(isReportLanguage('de')).toBe(false);
  });

  it("means by 'both' every language, Dutch first", () => {
    expect(languagesOf(BOTH)).toEqual(LANGUAGES);
    expect(languagesOf('both')[0]).toBe('nl');
    expect(languagesOf('en')).toEqual(['en']);
  });

  it('has a PDF language tag for every language', () => {
    expect(Object.keys(PDF_LANGUAGE_TAGS).sort()).toEqual([...LANGUAGES].sort());
  });
});
