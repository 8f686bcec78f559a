// `npm run --silent report -- FILE --lang nl|en|both --out REPORT.pdf` (contract §3): the same
// builder and renderer as the browser's download. Exit 0 done, 2 bad input (nothing written), 1 other.
import '../zod-config';
import { parseArgs } from 'node:util';
import { assess } from '../assessment/assess';
import { buildReport } from '../report/build-report';
import { writeReportPdf } from './pdf-node';
import { readAnswersFileOrThrow } from './read-answers-file';
import {
  checkOutIsNotInput,
  dateOption,
  messageLanguage,
  pdfLanguageOption,
  runCommand,
  UsageError,
} from './run';

const USAGE = 'usage: npm run --silent report -- FILE --lang nl|en|both --out REPORT.pdf [--date YYYY-MM-DD]';

function options(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string' }, out: { type: 'string' }, date: { type: 'string' } },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('report: give exactly one answers file');
  const lang = pdfLanguageOption('report', values.lang);
  if (values.out === undefined || values.out === '') throw new UsageError('report: --out is required');
  checkOutIsNotInput('report', values.out, [file], messageLanguage(lang));
  return { file, lang, out: values.out, date: dateOption('report', values.date, messageLanguage(lang)) };
}

async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  const { answers, respondent, migratedFromCatalogue } = readAnswersFileOrThrow(
    opts.file,
    messageLanguage(opts.lang),
  );
  const report = buildReport(assess(answers), answers, {
    respondentLabel: respondent?.label,
    date: opts.date,
    madeWithCatalogue: migratedFromCatalogue,
  });
  await writeReportPdf(report, opts.lang, opts.out);
  return 0;
}

runCommand('report', USAGE, main);
