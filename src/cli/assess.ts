// `npm run --silent assess -- FILE` (contract §3): prints the Assessment of one answers file as
// JSON. Exit 0 done; 2 bad input (every problem on stderr, naming the file); 1 anything else.
// Output is ids and numbers only, so there is no --lang.
import '../zod-config';
import { assess } from '../assessment/assess';
import { readAnswersFileOrThrow } from './read-answers-file';
import { runCommand, UsageError } from './run';

const USAGE = 'usage: npm run --silent assess -- FILE';

function main(argv: readonly string[]): number {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  const [path, ...extra] = args;
  // Wrong arguments are bad input (exit 2), as in the report and workshop commands.
  if (path === undefined || extra.length > 0 || path.startsWith('-'))
    throw new UsageError('assess: give exactly one answers file');
  const file = readAnswersFileOrThrow(path);
  process.stdout.write(`${JSON.stringify(assess(file.answers), null, 2)}\n`);
  return 0;
}

runCommand('assess', USAGE, main);
