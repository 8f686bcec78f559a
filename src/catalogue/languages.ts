// The one home of the language list (style.md §12a): every layer imports it, so it lives in the
// catalogue, which imports nothing. Adding a language = its locales + one line here (README).

/** The languages of the app, the reports and the answers file, in the order they are offered. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A report's language choice: one language, or 'both' — a bilingual report. */
export const BOTH = 'both';
export type ReportLanguage = Language | typeof BOTH;
export const REPORT_LANGUAGES: readonly ReportLanguage[] = [...LANGUAGES, BOTH];

/** The language tag written into a PDF, from jsPDF's list of codes (it knows 'nl', not 'nl-NL');
 *  the PDF renderer's call fails to compile if a tag is not on that list. */
export const PDF_LANGUAGE_TAGS = { nl: 'nl', en: 'en-GB' } as const satisfies Record<Language, string>;

/** The language when nothing says otherwise (a browser in another language, CLI messages):
 *  the partner municipalities' officers read English. */
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isReportLanguage(value: unknown): value is ReportLanguage {
  return value === BOTH || isLanguage(value);
}

/** The languages a report is written in, in order: 'both' is every language, Dutch first. */
export function languagesOf(choice: ReportLanguage): readonly Language[] {
  return choice === BOTH ? LANGUAGES : [choice];
}
