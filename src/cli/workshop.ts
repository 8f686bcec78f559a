// `npm run --silent workshop -- --lang nl|en|both --out GROUP.pdf FILE FILE…` or `--json FILE FILE…`
// (contract §3, issue 8). Decision on bad files (documented in --help): by default a bad file is
// skipped and reported on standard error, and the command goes on with the good ones — exit 0 if
// at least two good files remain, else exit 2 with nothing written. With --strict any bad file
// gives exit 2 and nothing is written. Exit 1 for anything unexpected.
import '../zod-config';
import { parseArgs } from 'node:util';
import { aggregateGroup } from '../group/aggregate';
import { addFiles, EMPTY_INTAKE, participantOf, type FileInput } from '../group/intake';
import { buildGroupReport } from '../report/group/build-group-report';
import { writeReportPdf } from './pdf-node';
import { describeProblems, readBytes } from './read-answers-file';
import { BadInput, dateOption, messageLanguage, pdfLanguageOption, runCommand, UsageError } from './run';

const HELP = `usage: npm run --silent workshop -- --lang nl|en|both --out GROUP.pdf FILE FILE…
       npm run --silent workshop -- --json FILE FILE…

Puts several answers files together into a group result (content-model §8).
  --lang nl|en|both  language of the PDF (and of the messages: nl for nl, else en)
  --out GROUP.pdf    write the group report as PDF
  --json             print the group result as JSON instead ("format": "partnership-mirror/group")
  --show-names       add per-participant rows (by the labels they typed) to the PDF
  --date YYYY-MM-DD  report date (default: today)
  --strict           refuse the whole set if any file is bad
Bad files: without --strict, a file that cannot be read is skipped and reported on standard
error; the same file given twice counts once. Exit 0 when at least two good files remain,
2 when fewer than two remain or (with --strict) any file is bad — nothing is written then;
1 for anything unexpected.`;

function options(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'show-names': { type: 'boolean', default: false },
      date: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const lang = pdfLanguageOption('workshop', values.lang ?? (values.json ? 'en' : undefined));
  if (values.json && values.out !== undefined)
    throw new UsageError('workshop: give either --json or --out, not both');
  if (!values.json && (values.out === undefined || values.out === ''))
    throw new UsageError('workshop: --out GROUP.pdf or --json is required');
  if (positionals.length === 0) throw new UsageError('workshop: give the answers files');
  const date = dateOption('workshop', values.date);
  return {
    files: positionals,
    lang,
    out: values.out,
    json: values.json,
    strict: values.strict,
    showNames: values['show-names'],
    date,
  };
}

/** Reads every file; one that cannot be read becomes a bad file, like one that cannot be parsed. */
function readAll(paths: readonly string[]): { inputs: FileInput[]; unreadable: string[] } {
  const inputs: FileInput[] = [];
  const unreadable: string[] = [];
  for (const path of paths) {
    const read = readBytes(path);
    if (read.ok) inputs.push({ name: path, content: read.bytes });
    else unreadable.push(read.message);
  }
  return { inputs, unreadable };
}

async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  if (opts === null) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const language = messageLanguage(opts.lang);
  const { inputs, unreadable } = readAll(opts.files);
  const intake = addFiles(EMPTY_INTAKE, inputs);
  const problems = [
    ...unreadable,
    ...intake.bad.flatMap((b) => describeProblems(b.name, b.problems, language)),
  ];
  for (const line of problems) process.stderr.write(`${line}\n`);
  for (const d of intake.duplicates)
    process.stderr.write(`${d.name}: same content as ${d.sameAs}; counted once\n`);
  const badCount = unreadable.length + intake.bad.length;
  if (opts.strict && badCount > 0)
    throw new BadInput(`workshop: ${badCount} bad file(s) and --strict: nothing written`);
  if (badCount > 0) process.stderr.write(`workshop: skipped ${badCount} bad file(s)\n`);
  if (intake.good.length < 2)
    throw new BadInput(
      `workshop: need at least two good answers files, got ${intake.good.length}: nothing written`,
    );
  const group = aggregateGroup(intake.good.map(participantOf));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(group, null, 2)}\n`);
    return 0;
  }
  const report = buildGroupReport(group, { date: opts.date, showNames: opts.showNames });
  await writeReportPdf(report, opts.lang, opts.out ?? 'group.pdf');
  return 0;
}

runCommand('workshop', HELP, main);
