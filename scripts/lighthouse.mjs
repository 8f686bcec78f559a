// Lighthouse audit of the built app (issue 17): accessibility, best practices and layout shift (CLS)
// on the start, questionnaire and report pages, plus the accessibility and about pages, with the
// desktop and the mobile preset. NOT part of `npm test`, and Lighthouse is NOT a dependency of the
// project: install it in a scratch folder and point LH_DIR at it (docs/lighthouse.md has the commands):
//   mkdir -p /tmp/lh && cd /tmp/lh && npm init -y && npm install --no-save lighthouse@12.8.2 puppeteer-core@24.43.1
//   npm run build && npx vite preview --host 127.0.0.1 --port 4314 --strictPort &
//   LH_DIR=/tmp/lh LH_URL=http://127.0.0.1:4314/ node scripts/lighthouse.mjs
// Every page is a cold first visit in a fresh browser profile (no service worker, no cache). The
// report page needs answers and Lighthouse cannot click, so Puppeteer puts worked example A in the
// autosave before the app's scripts run, exactly as a visitor's own answers would be stored.
import { createRequire } from 'node:module';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const lhDir = process.env.LH_DIR ?? '/tmp/lh';
const base = process.env.LH_URL ?? 'http://127.0.0.1:4314/';
const outDir = process.env.LH_OUT ?? path.join(lhDir, 'out');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// 'simulate' (Lighthouse's default) loads at full speed and models the slow network afterwards;
// 'devtools' really slows the network and CPU down, so lazily loaded pages arrive late, as on a
// phone: the harder test for layout shift.
const throttlingMethod = process.env.LH_THROTTLING ?? 'simulate';
const presets = (process.env.LH_PRESETS ?? 'desktop,mobile').split(',');
// Same key and format as src/io/autosave.ts: the autosave holds an answers file.
const ANSWERS_STORAGE_KEY = 'partnership-mirror:answers';

const req = createRequire(path.join(path.resolve(lhDir), 'package.json'));
const importFrom = (id) => import(pathToFileURL(req.resolve(id)).href);
const { default: lighthouse, desktopConfig } = await importFrom('lighthouse');
const { default: puppeteer } = await importFrom('puppeteer-core');

const example = await readFile(
  new URL('../src/ui/example/example-a-lindestad.json', import.meta.url),
  'utf8',
);

const PAGES = [
  { name: 'start', hash: '' },
  { name: 'questionnaire', hash: '#/questionnaire/profile' },
  { name: 'report', hash: '#/report', seed: true },
  { name: 'accessibility', hash: '#/accessibility' },
  { name: 'about', hash: '#/about' },
];
const CATEGORIES = ['accessibility', 'best-practices', 'performance'];
const SCORED = ['accessibility', 'best-practices'];

async function audit(preset, p) {
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--headless=new'],
  });
  try {
    const page = await browser.newPage();
    if (p.seed) {
      await page.evaluateOnNewDocument(
        (k, v) => {
          try {
            if (location.protocol.startsWith('http')) localStorage.setItem(k, v);
          } catch {
            // about:blank, where Lighthouse starts, has no storage.
          }
        },
        ANSWERS_STORAGE_KEY,
        example,
      );
    }
    const result = await lighthouse(
      base + p.hash,
      { onlyCategories: CATEGORIES, throttlingMethod, output: 'html' },
      preset === 'desktop' ? desktopConfig : undefined,
      page,
    );
    if (result === undefined) throw new Error(`No result for ${p.name}`);
    const { lhr } = result;
    await writeFile(path.join(outDir, `${p.name}-${preset}-${throttlingMethod}.html`), result.report);
    const weighted = new Set(
      SCORED.flatMap((c) => lhr.categories[c].auditRefs.filter((r) => r.weight > 0).map((r) => r.id)),
    );
    return {
      preset,
      throttlingMethod,
      page: p.name,
      url: lhr.finalDisplayedUrl,
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      failing: Object.values(lhr.audits)
        .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
        .map((a) => a.id),
      version: lhr.lighthouseVersion,
    };
  } finally {
    await browser.close();
  }
}

await mkdir(outDir, { recursive: true });
const rows = [];
for (const preset of presets)
  for (const p of PAGES) {
    const r = await audit(preset, p);
    rows.push(r);
    console.log(
      `${preset.padEnd(8)} ${throttlingMethod.padEnd(9)} ${p.name.padEnd(14)} accessibility ${r.accessibility}` +
        `  best-practices ${r.bestPractices}  CLS ${r.cls}` +
        (r.failing.length > 0 ? `  failing: ${r.failing.join(', ')}` : ''),
    );
  }
await writeFile(path.join(outDir, `summary-${throttlingMethod}.json`), JSON.stringify(rows, null, 2));
