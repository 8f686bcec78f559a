// One exit convention for every command (contract §3): 0 done; 2 bad input — standard error says
// which file or option and what is wrong, and nothing is written; 1 anything else (a bug, with its
// stack). A command's main returns its status, or throws BadInput.
import {
  BOTH,
  DEFAULT_LANGUAGE,
  isReportLanguage,
  REPORT_LANGUAGES,
  type Language,
} from '../catalogue/languages';
import type { PdfLanguage } from '../render/pdf/render-report-pdf';
import { reportDate } from '../report/report-date';

export class BadInput extends Error {}

/** Wrong or missing options: said with the command's usage. */
export class UsageError extends BadInput {}

/** Exits once standard output and error are flushed. process.exit, not exitCode: jsdom (the PDF
 *  commands) keeps the event loop alive; the flush keeps a long JSON on a slow pipe whole. */
function exitWith(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

/** Runs main on the arguments and exits with its status. */
export function runCommand(
  name: string,
  usage: string,
  main: (argv: string[]) => number | Promise<number>,
): void {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(exitWith, (error: unknown) => {
      if (error instanceof BadInput) {
        process.stderr.write(
          error instanceof UsageError ? `${error.message}\n\n${usage}\n` : `${error.message}\n`,
        );
        exitWith(2);
        return;
      }
      process.stderr.write(
        `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      exitWith(1);
    });
}

/** --lang nl|en|both of the PDF commands. */
export function pdfLanguageOption(command: string, value: string | undefined): PdfLanguage {
  if (!isReportLanguage(value))
    throw new UsageError(`${command}: --lang must be ${REPORT_LANGUAGES.join(', ')}`);
  return value;
}

/** --date YYYY-MM-DD, today by default. */
export function dateOption(command: string, value: string | undefined): string {
  const date = value ?? reportDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`${command}: --date must look like 2026-11-24`);
  return date;
}

/** Messages follow the PDF's language; for a bilingual PDF, the default language (English). */
export const messageLanguage = (lang: PdfLanguage): Language => (lang === BOTH ? DEFAULT_LANGUAGE : lang);
