// `npm run --silent report -- FILE --lang nl|en|both --out REPORT.pdf [--compare EARLIER.json]`
// (contract §3; issue 15): the same builder and renderer as the browser's download, with the
// comparison part when an earlier file is given and the file's action plan at the end.
// Exit 0 done, 2 bad input (nothing written), 1 other.
import '../zod-config';
import { parseArgs } from 'node:util';
import { assess } from '../assessment/assess';
import { planOf } from '../answers/plan';
import { buildReport } from '../report/build-report';
import { withFollowUp } from '../report/with-follow-up';
import { comparisonOrThrow } from './compare-option';
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

const USAGE =
  'usage: npm run --silent report -- FILE --lang nl|en|both --out REPORT.pdf [--date YYYY-MM-DD] [--compare EARLIER.json]';

function options(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      out: { type: 'string' },
      date: { type: 'string' },
      compare: { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('report: give exactly one answers file');
  const lang = pdfLanguageOption('report', values.lang);
  if (values.out === undefined || values.out === '') throw new UsageError('report: --out is required');
  if (values.compare === '') throw new UsageError('report: --compare needs an earlier answers file');
  checkOutIsNotInput(
    'report',
    values.out,
    values.compare === undefined ? [file] : [file, values.compare],
    messageLanguage(lang),
  );
  return {
    file,
    lang,
    out: values.out,
    date: dateOption('report', values.date, messageLanguage(lang)),
    compare: values.compare,
  };
}

async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  const language = messageLanguage(opts.lang);
  const file = readAnswersFileOrThrow(opts.file, language);
  const { answers, respondent, madeWithCatalogue } = file;
  const comparison = opts.compare === undefined ? undefined : comparisonOrThrow(file, opts.compare, language);
  const report = withFollowUp(
    buildReport(assess(answers), answers, {
      respondentLabel: respondent?.label,
      date: opts.date,
      madeWithCatalogue,
    }),
    { ...(comparison === undefined ? {} : { comparison }), plan: planOf(file) },
  );
  await writeReportPdf(report, opts.lang, opts.out);
  return 0;
}

runCommand('report', USAGE, main);
