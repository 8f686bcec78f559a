// Time to validate one typical answers file (issue 4, "Done when"): the median of many parses of
// worked example a, after a warm-up so the JIT and zod's compiled checks are in place.
// Run: npx tsx scripts/bench-parse.ts [runs]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseAnswersFile } from '../src/answers/parse';

const runs = Number(process.argv[2] ?? 200);
const bytes = readFileSync(new URL('../test/fixtures/answers/example-a-lindestad.json', import.meta.url));

const first = performance.now();
if (!parseAnswersFile(bytes).ok) throw new Error('example a no longer parses');
const cold = performance.now() - first;

for (let i = 0; i < 50; i++) parseAnswersFile(bytes);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  parseAnswersFile(bytes);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
console.log(
  `parseAnswersFile(example-a, ${bytes.length} bytes, 60 answers): first ${cold.toFixed(2)} ms; ` +
    `median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms over ${runs} runs`,
);
