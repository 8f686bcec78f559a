// First visit on a slow phone (issue 17): time from navigation to the first question of the
// questionnaire being on screen and usable, in Chromium throttled through the DevTools protocol
// as Lighthouse's mobile preset does (Slow 4G: 562.5 ms round trip, 1.47 Mbit/s down, 675 kbit/s
// up; CPU 4× slower). Dutch, `#/questionnaire/profile`. Cold: a new browser profile each run.
// Repeat: the same profile opened again (HTTP cache; hashed assets are cached as a host would
// serve them, the page itself is revalidated). Service workers are blocked: their precache
// download would dominate a throttled run and is not what a first or second visit waits for.
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { median, withTimeout } from './run.mjs';

const ROUTE = '/#/questionnaire/profile';
const TARGET = 'q-profile_own_municipality';
const RUNS = 3;

const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};

async function throttledPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Records the moment the first question's box is in the page (React renders it ready to use).
  await page.addInitScript((id) => {
    localStorage.setItem('partnership-mirror:language', 'nl');
    const mark = () => {
      if (document.getElementById(id) === null) return false;
      window.__firstQuestionMs = performance.now();
      return true;
    };
    new MutationObserver((_, observer) => mark() && observer.disconnect()).observe(document, {
      childList: true,
      subtree: true,
    });
  }, TARGET);
  return page;
}

async function timeVisit(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => typeof window.__firstQuestionMs === 'number', null, { timeout: 30_000 });
  return page.evaluate(() => window.__firstQuestionMs);
}

export async function measureFirstVisit(dist, log) {
  const server = await serve(dist, { cacheAssets: true, compress: true });
  const browser = await launchChromium();
  try {
    const cold = [];
    const repeat = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({
        serviceWorkers: 'block',
        viewport: { width: 390, height: 844 },
      });
      const first = await throttledPage(context);
      cold.push(await withTimeout(timeVisit(first, `${server.origin}${ROUTE}`), 60_000, 'cold visit'));
      await first.close();
      const again = await throttledPage(context);
      repeat.push(await withTimeout(timeVisit(again, `${server.origin}${ROUTE}`), 60_000, 'repeat visit'));
      await context.close();
    }
    log(
      `first visit cold ${cold.map(Math.round).join(', ')} ms; repeat ${repeat.map(Math.round).join(', ')} ms`,
    );
    return { cold: median(cold), repeat: median(repeat) };
  } catch (error) {
    log(`first visit failed: ${error.message}`);
    return { cold: null, repeat: null, note: `n/a (failed: ${String(error.message).split('\n')[0]})` };
  } finally {
    await browser.close();
    await server.close();
  }
}
