// One exit convention for every command (contract §3): 0 done; 2 bad input — standard error says
// which file or option and what is wrong, and nothing is written; 1 anything else (a bug, with its
// stack). A command's main returns its status, or throws BadInput.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  BOTH,
  DEFAULT_LANGUAGE,
  isReportLanguage,
  REPORT_LANGUAGES,
  type Language,
} from '../catalogue/languages';
import { fixedT } from '../i18n/setup';
import type { PdfLanguage } from '../render/pdf/render-report-pdf';
import { reportDate } from '../report/report-date';
import { escapeForTerminal } from './escape';

export class BadInput extends Error {}

/** Wrong or missing options: said with the command's usage. */
export class UsageError extends BadInput {}

/** Exits once standard output and error are flushed. process.exit, not exitCode: jsdom (the PDF
 *  commands) keeps the event loop alive; the flush keeps a long JSON on a slow pipe whole. */
function exitWith(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

/** node:util parseArgs refuses an unknown flag or a flag without its value with a TypeError that
 *  carries one of these codes: wrong options, so exit 2 with the usage, not 1 with a stack. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
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
      if (error instanceof BadInput || isArgumentError(error)) {
        // Line by line: a message may list several problems, and nothing in it may drive the terminal.
        const message = (
          isArgumentError(error) ? `${name}: ${(error as Error).message}` : (error as Error).message
        )
          .split('\n')
          .map(escapeForTerminal)
          .join('\n');
        const withUsage = !(error instanceof BadInput) || error instanceof UsageError;
        process.stderr.write(withUsage ? `${message}\n\n${usage}\n` : `${message}\n`);
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

/** True for a date that exists: 2026-02-29 and 2026-13-45 do not (issue 16, defect 14). */
export function isRealDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const parsed = new Date(Date.UTC(y, mo - 1, d));
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === mo - 1 && parsed.getUTCDate() === d;
}

/** --date YYYY-MM-DD, today by default. */
export function dateOption(
  command: string,
  value: string | undefined,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const date = value ?? reportDate(new Date());
  if (!isRealDate(date)) throw new UsageError(String(fixedT(language)('cli.badDate', { command, date })));
  return date;
}

/** The path as the file system sees it: symlinks and "./a/../b" resolved, where it exists. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** --out must not be one of the inputs (issue 16, defect 9: v1 wrote the PDF over the answers). */
export function checkOutIsNotInput(
  command: string,
  out: string,
  inputs: readonly string[],
  language: Language = DEFAULT_LANGUAGE,
): void {
  const target = canonical(out);
  if (inputs.some((input) => canonical(input) === target))
    throw new UsageError(String(fixedT(language)('cli.outIsInput', { command, path: out })));
}

/** Messages follow the PDF's language; for a bilingual PDF, the default language (English). */
export const messageLanguage = (lang: PdfLanguage): Language => (lang === BOTH ? DEFAULT_LANGUAGE : lang);
