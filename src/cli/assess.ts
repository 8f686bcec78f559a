// `npm run --silent assess -- FILE [--compare EARLIER]` (contract §3): prints the Assessment of one
// answers file as JSON; with --compare, plus the additive `comparison` with an earlier file of the
// same partnership (issue 15). Exit 0 done; 2 bad input (every problem on stderr, naming the file);
// 1 anything else. Output is ids and numbers only, so there is no --lang.
import '../zod-config';
import { parseArgs } from 'node:util';
import { assess } from '../assessment/assess';
import { comparisonOrThrow } from './compare-option';
import { readAnswersFileOrThrow } from './read-answers-file';
import { runCommand, UsageError } from './run';

const USAGE = 'usage: npm run --silent assess -- FILE [--compare EARLIER.json]';

function options(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv[0] === '--' ? argv.slice(1) : argv,
      allowPositionals: true,
      options: { compare: { type: 'string' } },
    });
  } catch {
    // Unknown options are bad input (exit 2), as in the report and workshop commands.
    throw new UsageError('assess: give exactly one answers file');
  }
  const [path, ...extra] = parsed.positionals;
  if (path === undefined || extra.length > 0) throw new UsageError('assess: give exactly one answers file');
  const compare = parsed.values.compare;
  if (compare === '') throw new UsageError('assess: --compare needs an earlier answers file');
  return { path, compare };
}

function main(argv: string[]): number {
  const { path, compare } = options(argv);
  const file = readAnswersFileOrThrow(path);
  const assessment = assess(file.answers);
  const output =
    compare === undefined ? assessment : { ...assessment, comparison: comparisonOrThrow(file, compare) };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

runCommand('assess', USAGE, main);
