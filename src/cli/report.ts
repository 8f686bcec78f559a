// `npm run --silent report -- FILE --lang nl|en|both --out REPORT.pdf` (contract §3): the same
// builder and renderer as the browser's download. Exit 0 done, 2 bad input (nothing written), 1 other.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assess } from '../assessment/assess';
import { parseAnswersFile, type Problem } from '../answers/parse';
import type { Language } from '../catalogue/ids';
import { answersFileError } from '../i18n/keys';
import { fixedT, isLanguage } from '../i18n/setup';
import { renderReportPdf, type PdfLanguage } from '../render/pdf/render-report-pdf';
import { plainT } from '../render/resolve-text';
import { buildReport } from '../report/build-report';
import { nodeDocument, readReportFonts } from './pdf-node';

const USAGE = 'usage: npm run --silent report -- FILE --lang nl|en|both --out REPORT.pdf [--date YYYY-MM-DD]';

class BadInput extends Error {}

function describe(problem: Problem, file: string, t: (k: string, o?: Record<string, unknown>) => string): string {
  const where = problem.questionId === undefined ? file : `${file} (${problem.questionId})`;
  return `${where}: ${t(answersFileError(problem.code), { ...problem.params })}`;
}

function options(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string' }, out: { type: 'string' }, date: { type: 'string' } },
  });
  const [file, ...extra] = positionals;
  const lang = values.lang;
  if (file === undefined || extra.length > 0) throw new BadInput(`report: give exactly one answers file\n${USAGE}`);
  if (lang !== 'both' && !isLanguage(lang)) throw new BadInput(`report: --lang must be nl, en or both\n${USAGE}`);
  if (values.out === undefined || values.out === '') throw new BadInput(`report: --out is required\n${USAGE}`);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new BadInput(`report: --date must look like 2026-11-24\n${USAGE}`);
  return { file, lang: lang as PdfLanguage, out: values.out, date };
}

async function main(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = options(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const messageLanguage: Language = opts.lang === 'nl' ? 'nl' : 'en';
  let content: string;
  try {
    content = readFileSync(opts.file, 'utf8');
  } catch (error) {
    process.stderr.write(`${opts.file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return 2;
  }
  const parsed = parseAnswersFile(content);
  if (!parsed.ok) {
    const t = plainT(fixedT(messageLanguage));
    for (const p of parsed.problems) process.stderr.write(`${describe(p, opts.file, t)}\n`);
    return 2;
  }
  const { answers, respondent } = parsed.file;
  const report = buildReport(assess(answers), answers, { respondentLabel: respondent?.label, date: opts.date });
  const bytes = await renderReportPdf(report, {
    language: opts.lang,
    fonts: readReportFonts(),
    tFor: (lang) => plainT(fixedT(lang, { strict: true })),
    document: nodeDocument(),
  });
  writeFileSync(opts.out, bytes);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`report: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
