// Lighthouse audit of the built app (issue 17): accessibility, best practices and CLS on the start,
// questionnaire and report pages, plus the accessibility and about pages, desktop and mobile.
// NOT part of `npm test`, and Lighthouse is NOT a dependency of the project: install it in a scratch
// folder and point LH_DIR at it (docs/lighthouse.md has the exact commands):
//   mkdir -p /tmp/lh && (cd /tmp/lh && npm init -y && npm install --no-save lighthouse@12.8.2 puppeteer-core@24.43.1)
//   npm run build && npx vite preview --host 127.0.0.1 --port 4314 --strictPort &
//   LH_DIR=/tmp/lh LH_URL=http://127.0.0.1:4314/ node scripts/lighthouse.mjs
// The report page needs answers, and Lighthouse cannot click: a Lighthouse user flow (Puppeteer
// driving Chromium) seeds the autosave with worked example A first, exactly as a visitor's own
// answers would be stored, then opens #/report with the storage kept.
import { createRequire } from 'node:module';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const lhDir = process.env.LH_DIR ?? '/tmp/lh';
const base = process.env.LH_URL ?? 'http://127.0.0.1:4314/';
const outDir = process.env.LH_OUT ?? '/tmp/lh/out';
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Same key and format as src/io/autosave.ts: the autosave holds an answers file.
const ANSWERS_STORAGE_KEY = 'partnership-mirror:answers';

const req = createRequire(path.join(path.resolve(lhDir), 'package.json'));
const importFrom = (id) => import(pathToFileURL(req.resolve(id)).href);
const { startFlow, desktopConfig } = await importFrom('lighthouse');
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

async function auditPreset(preset) {
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--headless=new'],
  });
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, {
      name: `Partnership Mirror (${preset})`,
      ...(preset === 'desktop' ? { config: desktopConfig } : {}),
      flags: { onlyCategories: CATEGORIES },
    });
    const rows = [];
    for (const p of PAGES) {
      if (p.seed) {
        await page.goto(base, { waitUntil: 'load' });
        await page.evaluate((k, v) => window.localStorage.setItem(k, v), ANSWERS_STORAGE_KEY, example);
      }
      // Each page is a fresh document load (a hash change alone would not be a navigation).
      await page.goto('about:blank');
      await flow.navigate(base + p.hash, { name: p.name, flags: { disableStorageReset: p.seed === true } });
    }
    const result = await flow.createFlowResult();
    for (const step of result.steps) {
      const lhr = step.lhr;
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .filter(
          (a) =>
            lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) ||
            lhr.categories['best-practices'].auditRefs.some((r) => r.id === a.id && r.weight > 0),
        )
        .map((a) => a.id);
      const h1 = lhr.audits['cumulative-layout-shift'];
      rows.push({
        preset,
        page: step.name,
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        cls: h1?.numericValue === undefined ? null : Number(h1.numericValue.toFixed(3)),
        failing,
        errors: lhr.audits['errors-in-console']?.details?.items?.map((i) => i.description) ?? [],
        finalUrl: lhr.finalDisplayedUrl,
      });
    }
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, `flow-${preset}.html`), await flow.generateReport());
    return rows;
  } finally {
    await browser.close();
  }
}

const presets = (process.env.LH_PRESETS ?? 'desktop,mobile').split(',');
const all = [];
for (const preset of presets) all.push(...(await auditPreset(preset)));
for (const r of all) {
  console.log(
    `${r.preset.padEnd(8)} ${r.page.padEnd(14)} a11y ${r.accessibility}  best-practices ${r.bestPractices}  CLS ${r.cls}` +
      (r.failing.length ? `  failing: ${r.failing.join(', ')}` : '') +
      (r.errors.length ? `  console: ${r.errors.join(' | ')}` : ''),
  );
}
await writeFile(path.join(outDir, 'summary.json'), JSON.stringify(all, null, 2));
