// `npm run --silent assess -- FILE` (contract §3): prints the Assessment of one answers file as
// JSON. Exit 0 done; 2 bad input (every problem on stderr, naming the file); 1 anything else.
// Output is ids and numbers only, so there is no --lang.
import { assess } from '../assessment/assess';
import { readAnswersFileOrExit } from './read-answers-file';

const USAGE = 'usage: npm run --silent assess -- FILE';

function main(argv: readonly string[]): number {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  const [path, ...extra] = args;
  if (path === undefined || extra.length > 0 || path.startsWith('-')) {
    process.stderr.write(`assess: give exactly one answers file\n${USAGE}\n`);
    return 1;
  }
  const file = readAnswersFileOrExit(path);
  process.stdout.write(`${JSON.stringify(assess(file.answers), null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `assess: unexpected error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
  );
  process.exitCode = 1;
}
