// First visit on a slow phone (issue 17): time from navigation to the first question of the
// questionnaire being on screen and usable, in Chromium throttled through the DevTools protocol
// as Lighthouse's mobile preset does (Slow 4G: 562.5 ms round trip, 1.47 Mbit/s down, 675 kbit/s
// up; CPU 4× slower). Dutch, `#/questionnaire/profile`, a 390 px wide screen.
//
// "On screen": the frame after React put the question in the page has been painted (a task queued
// from requestAnimationFrame runs after that paint), so the time includes styling and layout of the
// page, which the stylesheets' size affects. React handles events from the moment it renders, so
// painted means usable.
//
// Cold: a new browser profile each run. Repeat: the same profile opened again, served as a host set
// up by docs/hosting/ serves it (scripts/cache-policy.mjs: hashed files from the HTTP cache, the
// page revalidated: a 304). Service workers are blocked there: they are measured on their own, as
// "repeat, offline copy": the service worker installed (its precache downloaded without throttling:
// several MB of PDF fonts that no first or second visit waits for), then the page opened throttled.
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

async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

async function throttledPage(context) {
  const page = await context.newPage();
  await throttle(context, page);
  // Records when the first question's box is in the page, and when that frame has been painted.
  await page.addInitScript((id) => {
    localStorage.setItem('partnership-mirror:language', 'nl');
    const mark = () => {
      if (document.getElementById(id) === null) return false;
      window.__firstQuestionInDomMs = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          window.__firstQuestionMs = performance.now();
        }, 0),
      );
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

/** Visits once without throttling and waits until the service worker controls the page (its
 *  precache is then complete), so the next visit is served from the offline copy. */
async function installOfflineCopy(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.close();
}

export async function measureFirstVisit(dist, log) {
  const server = await serve(dist, { cacheAssets: true, compress: true });
  const browser = await launchChromium();
  const url = `${server.origin}${ROUTE}`;
  try {
    const cold = [];
    const repeat = [];
    const offline = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({
        serviceWorkers: 'block',
        viewport: { width: 390, height: 844 },
      });
      const first = await throttledPage(context);
      cold.push(await withTimeout(timeVisit(first, url), 60_000, 'cold visit'));
      await first.close();
      const again = await throttledPage(context);
      repeat.push(await withTimeout(timeVisit(again, url), 60_000, 'repeat visit'));
      await context.close();

      const withWorker = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await withTimeout(installOfflineCopy(withWorker, url), 60_000, 'service worker install');
      const fromCopy = await throttledPage(withWorker);
      offline.push(await withTimeout(timeVisit(fromCopy, url), 60_000, 'visit from the offline copy'));
      await withWorker.close();
    }
    const list = (values) => values.map(Math.round).join(', ');
    log(`first visit cold ${list(cold)} ms; repeat ${list(repeat)} ms; offline copy ${list(offline)} ms`);
    return { cold: median(cold), repeat: median(repeat), offlineCopy: median(offline) };
  } catch (error) {
    log(`first visit failed: ${error.message}`);
    const note = `n/a (failed: ${String(error.message).split('\n')[0]})`;
    return { cold: null, repeat: null, offlineCopy: null, note };
  } finally {
    await browser.close();
    await server.close();
  }
}
