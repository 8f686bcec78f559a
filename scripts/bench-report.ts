// Build + render the bilingual PDF of each worked example in Node (issue 7): median of 5 runs,
// fonts read once (as the browser fetches them once). Run: npx tsx scripts/bench-report.ts →
// prints `report-both-node-median-ms <n>` and `report-both-max-kb <n>`.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseAnswersFile } from '../src/answers/parse';
import { assess } from '../src/assessment/assess';
import { nodeDocument, readReportFonts } from '../src/cli/pdf-node';
import { fixedT } from '../src/i18n/setup';
import { renderReportPdf } from '../src/render/pdf/render-report-pdf';
import { plainT } from '../src/render/resolve-text';
import { buildReport } from '../src/report/build-report';

const FILES = ['example-a-lindestad.json', 'example-b-havenstad.json', 'example-c-korfezkent.json'];
const RUNS = 5;
const fonts = readReportFonts();
const document = nodeDocument();
const t = { nl: plainT(fixedT('nl')), en: plainT(fixedT('en')) };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function once(answersText: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const parsed = parseAnswersFile(answersText);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const { answers } = parsed.file;
  const doc = buildReport(assess(answers), answers, { date: '2026-11-24' });
  const pdf = await renderReportPdf(doc, { language: 'both', fonts, tFor: (l) => t[l], document });
  return { ms: performance.now() - start, bytes: pdf.length };
}

const texts = FILES.map((f) =>
  readFileSync(new URL(`../test/fixtures/answers/${f}`, import.meta.url), 'utf8'),
);
const first = await once(texts[0]!); // loads the PDF modules; reported apart
const samples: number[] = [];
let maxBytes = 0;
for (const text of texts) {
  for (let i = 0; i < RUNS; i += 1) {
    const r = await once(text);
    samples.push(r.ms);
    maxBytes = Math.max(maxBytes, r.bytes);
  }
}
console.log(`report-both-node-first-ms ${first.ms.toFixed(0)}`);
console.log(`report-both-node-median-ms ${median(samples).toFixed(0)}`);
console.log(`report-both-max-kb ${(maxBytes / 1024).toFixed(0)}`);
