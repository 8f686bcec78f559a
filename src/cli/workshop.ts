// `npm run --silent workshop -- --lang nl|en|both --out GROUP.pdf FILE FILE…` or `--json FILE FILE…`
// (contract §3, issue 8). Decision on bad files (documented in --help): by default a bad file is
// skipped and reported on standard error, and the command goes on with the good ones — exit 0 if
// at least two good files remain, else exit 2 with nothing written. With --strict any bad file
// gives exit 2 and nothing is written. Exit 1 for anything unexpected.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Problem } from '../answers/parse';
import type { Language } from '../catalogue/ids';
import { aggregateGroup } from '../group/aggregate';
import { addFiles, EMPTY_INTAKE, participantOf, type BadFile, type FileInput } from '../group/intake';
import { answersFileError } from '../i18n/keys';
import { fixedT, isLanguage } from '../i18n/setup';
import { renderReportPdf, type PdfLanguage } from '../render/pdf/render-report-pdf';
import { plainT, type PlainT } from '../render/resolve-text';
import { buildGroupReport } from '../report/group/build-group-report';
import { nodeDocument, readReportFonts } from './pdf-node';

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

class BadInput extends Error {}

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
  const lang = values.lang ?? (values.json ? 'en' : undefined);
  if (lang !== 'both' && !isLanguage(lang)) throw new BadInput('workshop: --lang must be nl, en or both');
  if (values.json && values.out !== undefined) throw new BadInput('workshop: give either --json or --out, not both');
  if (!values.json && (values.out === undefined || values.out === '')) throw new BadInput('workshop: --out GROUP.pdf or --json is required');
  if (positionals.length === 0) throw new BadInput('workshop: give the answers files');
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new BadInput('workshop: --date must look like 2026-11-24');
  return {
    files: positionals,
    lang: lang as PdfLanguage,
    out: values.out,
    json: values.json,
    strict: values.strict,
    showNames: values['show-names'],
    date,
  };
}

function describe(bad: BadFile, t: PlainT): string[] {
  return bad.problems.map((p: Problem) => {
    const where = p.questionId === undefined ? bad.name : `${bad.name} (${p.questionId})`;
    return `${where}: ${t(answersFileError(p.code), { ...p.params })}`;
  });
}

/** Reads every file; one that cannot be read becomes a bad file, like one that cannot be parsed. */
function readAll(paths: readonly string[]): { inputs: FileInput[]; unreadable: string[] } {
  const inputs: FileInput[] = [];
  const unreadable: string[] = [];
  for (const path of paths) {
    try {
      inputs.push({ name: path, content: new Uint8Array(readFileSync(path)) });
    } catch (error) {
      unreadable.push(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return { inputs, unreadable };
}

async function main(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = options(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}\n`);
    return 2;
  }
  if (opts === null) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const messageLanguage: Language = opts.lang === 'nl' ? 'nl' : 'en';
  const t = plainT(fixedT(messageLanguage));
  const { inputs, unreadable } = readAll(opts.files);
  const intake = addFiles(EMPTY_INTAKE, inputs);
  const problems = [...unreadable, ...intake.bad.flatMap((b) => describe(b, t))];
  for (const line of problems) process.stderr.write(`${line}\n`);
  for (const d of intake.duplicates) process.stderr.write(`${d.name}: same content as ${d.sameAs}; counted once\n`);
  const badCount = unreadable.length + intake.bad.length;
  if (opts.strict && badCount > 0) {
    process.stderr.write(`workshop: ${badCount} bad file(s) and --strict: nothing written\n`);
    return 2;
  }
  if (badCount > 0) process.stderr.write(`workshop: skipped ${badCount} bad file(s)\n`);
  if (intake.good.length < 2) {
    process.stderr.write(`workshop: need at least two good answers files, got ${intake.good.length}: nothing written\n`);
    return 2;
  }
  const group = aggregateGroup(intake.good.map(participantOf));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(group, null, 2)}\n`);
    return 0;
  }
  const report = buildGroupReport(group, { date: opts.date, showNames: opts.showNames });
  const bytes = await renderReportPdf(report, {
    language: opts.lang,
    fonts: readReportFonts(),
    tFor: (lang) => plainT(fixedT(lang, { strict: true })),
    document: nodeDocument(),
  });
  writeFileSync(opts.out ?? 'group.pdf', bytes);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`workshop: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
