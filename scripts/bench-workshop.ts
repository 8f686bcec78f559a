// Workshop scale (issue 8): parse, validate, assess and aggregate 500 generated answer files in
// Node. Prints "workshop-500-median-ms <n>" (median of 7 runs after one warm-up) for npm run bench.
import { aggregateGroup } from '../src/group/aggregate';
import { addFiles, EMPTY_INTAKE, participantOf, type FileInput } from '../src/group/intake';
import { answerFileText, generateAnswerFiles } from '../test/fixtures/generate-answers';

const N = 500;
const RUNS = 7;

const inputs: FileInput[] = generateAnswerFiles(N, 42).map((file, i) => ({
  name: `participant-${i}.json`,
  content: answerFileText(file),
}));

function once(): number {
  const start = performance.now();
  const intake = addFiles(EMPTY_INTAKE, inputs);
  const group = aggregateGroup(intake.good.map(participantOf));
  if (group.participants !== N) throw new Error(`only ${group.participants} of ${N} files were read`);
  return performance.now() - start;
}

once();
const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)] ?? NaN;
console.log(`workshop-500-median-ms ${median.toFixed(1)}`);
