// `npm run bench` (issue 9): builds the app and the one-file edition, measures them against the
// budgets and prints one markdown table. Not part of `npm test`: timings are noisy. Every step
// has a time limit, and a measure whose feature has not landed prints "n/a (not built yet)".
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileSizes, initialCssKb, initialJsKb, totalJsKb } from './bench/sizes.mjs';
import { row, printTable } from './bench/table.mjs';
import { run } from './bench/run.mjs';
import { runTsxBench } from './bench/tsx-bench.mjs';
import { measurePdf } from './bench/pdf.mjs';
import { measureWorkshopFreeze, measureWorkshopInBrowser } from './bench/workshop-browser.mjs';
import { measureFirstVisit } from './bench/first-visit.mjs';

const DIST = 'dist-bench';
const SINGLE_DIST = 'dist-bench-single';
const PAGE_DIST = 'dist-bench-page';

// The whole bench gives up after ten minutes rather than hang a CI job.
setTimeout(() => {
  console.error('bench: gave up after 10 minutes');
  process.exit(1);
}, 600_000).unref();

const log = (msg) => console.error(`bench: ${msg}`);

log('building the app…');
run('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn']);
log('building the one-file edition…');
run('npx', [
  'vite',
  'build',
  '--config',
  'vite.single.config.ts',
  '--outDir',
  SINGLE_DIST,
  '--emptyOutDir',
  '--logLevel',
  'warn',
]);

log('building the bench-only page…');
let pageBuilt = true;
try {
  run('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.mjs']);
} catch (error) {
  pageBuilt = false;
  log(`bench page did not build (features not landed?): ${error.message.split('\n')[0]}`);
}

const initial = initialJsKb(DIST);
log('first visit on a throttled phone (Slow 4G, 4× CPU), 3 × (cold, repeat, offline copy)…');
const firstVisit = await measureFirstVisit(DIST, log);
const single = fileSizes(`${SINGLE_DIST}/partnership-mirror.html`);

log('PDF timings in headless Chromium…');
const pdf = pageBuilt ? await measurePdf(PAGE_DIST, log) : { values: null };
log('assess() timing…');
const assess = runTsxBench('scripts/bench-assess.ts', 'assess-median-ms');
log('workshop timing (Node)…');
const workshop = runTsxBench('scripts/bench-workshop.ts', 'workshop-500-median-ms');
log('workshop timing (Chromium)…');
const workshopBrowser = pageBuilt ? await measureWorkshopInBrowser(PAGE_DIST, log) : { value: null };
log('workshop: longest freeze while the app opens 1,000 files (Chromium), 3 runs…');
const workshopFreeze = await measureWorkshopFreeze(DIST, log);

const pdfRow = (label, key, budget, unit = 'ms') =>
  row(label, pdf.values?.[key] ?? null, unit, budget, pdf.note);

printTable([
  row('initial JS (gzip; files named by index.html)', initial.kb, 'kB', 150),
  row('all JS (gzip)', totalJsKb(DIST), 'kB'),
  row('initial CSS (gzip; stylesheets named by index.html)', initialCssKb(DIST), 'kB'),
  row(
    'first question usable, cold (Slow 4G + 4× CPU, gzip), median of 3',
    firstVisit.cold,
    'ms',
    3000,
    firstVisit.note,
  ),
  row(
    'first question usable, repeat visit (same throttling), median of 3',
    firstVisit.repeat,
    'ms',
    1200,
    firstVisit.note,
  ),
  row(
    'first question usable, repeat visit from the offline copy (service worker), median of 3',
    firstVisit.offlineCopy,
    'ms',
    undefined,
    firstVisit.note,
  ),
  row('one-file edition (raw)', single?.kb ?? null, 'kB'),
  row('one-file edition (gzip)', single?.gzipKb ?? null, 'kB'),
  pdfRow('PDF nl, cold (first, loads PDF code + fonts), median of 5', 'nlCold'),
  pdfRow('PDF nl, warm, median of 5', 'nlWarm'),
  pdfRow('PDF both, cold (first, loads PDF code + fonts), median of 5', 'bothCold', 1000),
  pdfRow('PDF both, warm, median of 5', 'bothWarm', 400),
  pdfRow('PDF nl size', 'nlKb', undefined, 'kB'),
  pdfRow('PDF both size', 'bothKb', 400, 'kB'),
  row('assess() per file, median (Node)', assess.value, 'ms', 1, assess.note),
  row('workshop: 500 files, median (Node)', workshop.value, 'ms', 250, workshop.note),
  row('workshop: 500 files, median (Chromium)', workshopBrowser.value, 'ms', 250, workshopBrowser.note),
  row(
    "workshop: longest freeze opening 1,000 files in the app (Chromium, the page's own part), median of 3",
    workshopFreeze.value,
    'ms',
    200,
    workshopFreeze.note,
  ),
]);

// Timings depend on what else the machine is doing: say so under the table.
console.log(
  `\nload average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs; kB = 1000 bytes; gzip -9`,
);

rmSync(DIST, { recursive: true, force: true });
rmSync(SINGLE_DIST, { recursive: true, force: true });
rmSync(PAGE_DIST, { recursive: true, force: true });
process.exit(0);
