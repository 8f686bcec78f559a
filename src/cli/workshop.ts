// `npm run --silent workshop -- --lang nl|en|both --out GROUP.pdf FILE FILE…` or `--json FILE FILE…`
// (contract §3, issue 8). Decision on bad files (documented in --help): by default a bad file is
// skipped and reported on standard error, and the command goes on with the good ones — exit 0 if
// at least two good files remain, else exit 2 with nothing written. With --strict any bad file
// gives exit 2 and nothing is written. Exit 1 for anything unexpected.
import '../zod-config';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../catalogue/ids';
import { aggregateGroup } from '../group/aggregate';
import { addFiles, EMPTY_INTAKE, participantOf, type FileInput, type GoodFile } from '../group/intake';
import { partitionByPair, type PairInclusion } from '../group/pairs';
import type { GroupParticipant } from '../group/participant';
import type { GroupResult } from '../group/schema';
import { fixedT } from '../i18n/setup';
import { createTranslator, plainT } from '../render/resolve-text';
import { toCsv } from '../report/csv';
import { buildGroupReport } from '../report/group/build-group-report';
import { groupCsvTables } from '../report/group/group-csv';
import { writeReportPdf } from './pdf-node';
import { escapeForTerminal } from './escape';
import { describeProblems, readBytes, unreadableLines } from './read-answers-file';
import {
  BadInput,
  checkOutIsNotInput,
  dateOption,
  messageLanguage,
  pdfLanguageOption,
  runCommand,
  UsageError,
} from './run';

const HELP = `usage: npm run --silent workshop -- --lang nl|en|both --out GROUP.pdf FILE FILE…
       npm run --silent workshop -- --json FILE FILE…
       npm run --silent workshop -- --lang nl|en --csv DIR FILE FILE…

Puts several answers files together into a group result (content-model §8).
  --lang nl|en|both  language of the PDF (and of the messages: nl for nl, else en)
  --out GROUP.pdf    write the group report as PDF
  --json             print the group result as JSON instead ("format": "partnership-mirror/group")
  --csv DIR          write the group data as CSV, one file per dimension and indicator
                     (DIR/<id>.csv: UTF-8 with BOM, ";" between cells, decimal comma for nl)
  --all-pairs        include files about another partnership (by default the group is the
                     partnership most files are about; the others are named on standard error)
  --show-names       add per-participant rows (by the labels they typed) to the PDF
  --date YYYY-MM-DD  report date (default: today)
  --strict           refuse the whole set if any file is bad
Bad files: without --strict, a file that cannot be read is skipped and reported on standard
error; the same file given twice counts once. A file about another partnership (or none) is
left out with one line on standard error, exit 0:
  left out (about another partnership): FILE — Own–Partner
Exit 0 when at least two good files remain,
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
      csv: { type: 'string' },
      'all-pairs': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'show-names': { type: 'boolean', default: false },
      date: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const lang = pdfLanguageOption(
    'workshop',
    values.lang ?? (values.json || (values.csv !== undefined && values.out === undefined) ? 'en' : undefined),
  );
  if (values.json && values.out !== undefined)
    throw new UsageError('workshop: give either --json or --out, not both');
  const csv = values.csv === '' ? undefined : values.csv;
  if (!values.json && csv === undefined && (values.out === undefined || values.out === ''))
    throw new UsageError('workshop: --out GROUP.pdf, --json or --csv DIR is required');
  if (positionals.length === 0) throw new UsageError('workshop: give the answers files');
  const language = messageLanguage(lang);
  if (values.out !== undefined) checkOutIsNotInput('workshop', values.out, positionals, language);
  const date = dateOption('workshop', values.date, language);
  return {
    files: positionals,
    lang,
    out: values.out,
    json: values.json,
    csv,
    allPairs: values['all-pairs'],
    strict: values.strict,
    showNames: values['show-names'],
    date,
  };
}

/** Reads every file; one that cannot be read becomes a bad file, like one that cannot be parsed. */
function readAll(
  paths: readonly string[],
  language: Language,
): { inputs: FileInput[]; unreadable: string[][] } {
  const inputs: FileInput[] = [];
  const unreadable: string[][] = [];
  for (const path of paths) {
    const read = readBytes(path, language);
    if (read.ok) inputs.push({ name: path, content: read.bytes });
    else unreadable.push(unreadableLines(path, read, language));
  }
  return { inputs, unreadable };
}

/** content-model-v2 §5: one line per file left out of the group, naming its partnership. */
function reportLeftOut(
  participants: readonly GroupParticipant[],
  good: readonly GoodFile[],
  include: PairInclusion,
): void {
  const nameOf = new Map(good.map((g) => [g.hash, g.name]));
  for (const { participant, pair } of partitionByPair(participants, include).leftOut) {
    const file = nameOf.get(participant.id) ?? participant.id;
    // Names come from the files: escaped, so a file cannot send control sequences to the terminal.
    process.stderr.write(
      `${escapeForTerminal(
        pair.own === null || pair.partner === null
          ? `left out (partnership not stated): ${file}`
          : `left out (about another partnership): ${file} — ${pair.own}–${pair.partner}`,
      )}\n`,
    );
  }
}

/** DIR/<dimension or indicator id>.csv, in the messages' language. */
function writeCsvTables(group: GroupResult, dir: string, language: Language): void {
  const tr = createTranslator(language, (lang) => plainT(fixedT(lang)));
  mkdirSync(dir, { recursive: true });
  for (const table of groupCsvTables(group, (t) => tr.text(t)))
    writeFileSync(join(dir, `${table.id}.csv`), toCsv(table.rows, language));
}

async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  if (opts === null) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const language = messageLanguage(opts.lang);
  const t = fixedT(language);
  const { inputs, unreadable } = readAll(opts.files, language);
  const intake = addFiles(EMPTY_INTAKE, inputs);
  const problems = [
    ...unreadable.flat(),
    ...intake.bad.flatMap((b) => describeProblems(b.name, b.problems, language)),
  ];
  for (const line of problems) process.stderr.write(`${line}\n`);
  for (const d of intake.duplicates)
    process.stderr.write(`${escapeForTerminal(String(t('cli.workshop.sameAs', { ...d })))}\n`);
  const count = unreadable.length + intake.bad.length;
  if (opts.strict && count > 0) throw new BadInput(String(t('cli.workshop.strict', { count })));
  if (count > 0) process.stderr.write(`${String(t('cli.workshop.skipped', { count }))}\n`);
  if (intake.good.length < 2)
    throw new BadInput(String(t('cli.workshop.needTwo', { count: intake.good.length })));
  const participants = intake.good.map(participantOf);
  const include = opts.allPairs ? 'all' : [];
  reportLeftOut(participants, intake.good, include);
  const group = aggregateGroup(participants, { includePairs: include });
  if (opts.json) process.stdout.write(`${JSON.stringify(group, null, 2)}\n`);
  if (opts.csv !== undefined) writeCsvTables(group, opts.csv, language);
  if (opts.out !== undefined && opts.out !== '') {
    const report = buildGroupReport(group, { date: opts.date, showNames: opts.showNames });
    await writeReportPdf(report, opts.lang, opts.out);
  }
  return 0;
}

runCommand('workshop', HELP, main);
