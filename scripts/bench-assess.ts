// Median time of one assess() call over the three worked-example files (issue 5: budget ≤ 1 ms
// per file). Run: npx tsx scripts/bench-assess.ts → prints `assess-median-ms <number>`.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assess } from '../src/assessment/assess';
import { parseAnswersFile } from '../src/answers/parse';

const FILES = ['example-a-lindestad.json', 'example-b-havenstad.json', 'example-c-korfezkent.json'];
const WARM_UP = 200;
const RUNS = 1000;

const answerSets = FILES.map((name) => {
  const parsed = parseAnswersFile(readFileSync(new URL(`../test/fixtures/answers/${name}`, import.meta.url)));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  return parsed.file.answers;
});

for (let i = 0; i < WARM_UP; i++) for (const answers of answerSets) assess(answers);

const samples: number[] = [];
for (let i = 0; i < RUNS; i++)
  for (const answers of answerSets) {
    const start = performance.now();
    assess(answers);
    samples.push(performance.now() - start);
  }
samples.sort((a, b) => a - b);
const mid = samples.length / 2;
const median = samples.length % 2 === 1 ? samples[Math.floor(mid)]! : (samples[mid - 1]! + samples[mid]!) / 2;
console.log(`assess-median-ms ${median.toFixed(4)}`);
