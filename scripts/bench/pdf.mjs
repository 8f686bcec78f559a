// PDF build + render time in headless Chromium, on the bench-only page (scripts/bench/browser),
// which calls the app's own download code (createReportPdf: assess → buildReport → renderReportPdf,
// fonts fetched from the ?url assets). Cold = the first PDF in a fresh browser context, so it also
// loads the PDF code, the other language's texts and the fonts; warm = the next ones on the same
// page. 5 runs each, median.
import { readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { median, withTimeout } from './run.mjs';
import { serve } from './serve.mjs';

const FIXTURE = 'test/fixtures/answers/example-a-lindestad.json';
const RUNS = 5;

async function openBenchPage(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => typeof window.benchPdf === 'function', null, { timeout: 20_000 });
  return { context, page };
}

const pdfOnce = (page, fixture, lang) =>
  withTimeout(
    page.evaluate(([f, l]) => window.benchPdf(f, l), [fixture, lang]),
    60_000,
    `PDF ${lang}`,
  );

async function measureLanguage(browser, origin, fixture, lang) {
  const cold = [];
  const warm = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openBenchPage(browser, origin);
    try {
      const first = await pdfOnce(page, fixture, lang);
      cold.push(first.ms);
      bytes = first.bytes;
      if (i === RUNS - 1) for (let j = 0; j < RUNS; j++) warm.push((await pdfOnce(page, fixture, lang)).ms);
    } finally {
      await context.close();
    }
  }
  return { cold: median(cold), warm: median(warm), kb: bytes / 1000 };
}

export async function measurePdf(pageDist, log) {
  const server = await serve(pageDist);
  const browser = await launchChromium();
  try {
    const fixture = readFileSync(FIXTURE, 'utf8');
    const nl = await measureLanguage(browser, server.origin, fixture, 'nl');
    const both = await measureLanguage(browser, server.origin, fixture, 'both');
    return {
      values: {
        nlCold: nl.cold,
        nlWarm: nl.warm,
        nlKb: nl.kb,
        bothCold: both.cold,
        bothWarm: both.warm,
        bothKb: both.kb,
      },
    };
  } catch (error) {
    log(`PDF in Chromium failed: ${error.message}`);
    return { values: null, note: `n/a (failed: ${String(error.message).split('\n')[0]})` };
  } finally {
    await browser.close();
    await server.close();
  }
}
