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
// Measured as a visitor's browser runs the page, without DevTools in it (cdp-pipe.mjs): only the
// Page, Network and Emulation domains, and the page reports its time in its title. Driven by
// Playwright the repeat visit took about 100 ms longer (its Runtime domain makes V8 record detailed
// stacks for the Errors react-dom creates on start-up) and 80 ms more when it waited with
// page.waitForFunction (its helper script, 330 kB, was put into the page while the app started).
//
// Cold: a new browser profile each run. Repeat: the same profile opened again, served as a host set
// up by docs/hosting/ serves it (scripts/cache-policy.mjs: hashed files from the HTTP cache, the
// page revalidated: a 304). Service workers are kept out there: they are measured on their own, as
// "repeat, offline copy": the service worker installed (its precache downloaded without throttling:
// several MB of PDF fonts that no first or second visit waits for), then the page opened throttled.
import { launchCdpBrowser } from './cdp-pipe.mjs';
import { serve } from './serve.mjs';
import { median, withTimeout } from './run.mjs';

const ROUTE = '/#/questionnaire/profile';
const TARGET = 'q-profile_own_municipality';
const RUNS = 3;
const TITLE = 'partnership-mirror-bench:';

const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const SCREEN = { width: 390, height: 844, deviceScaleFactor: 1, mobile: false };

// Runs in the page before its own scripts. The title carries the result out: the browser knows it
// without the page being inspected.
const inPage = {
  /** Dutch; optionally no service worker (as Playwright's serviceWorkers: 'block'); when the first
   *  question is painted, its time. */
  measure: (keepServiceWorkerOut) => `
    localStorage.setItem('partnership-mirror:language', 'nl');
    if (${keepServiceWorkerOut} && navigator.serviceWorker)
      navigator.serviceWorker.register = () => new Promise(() => {});
    new MutationObserver((_, observer) => {
      if (document.getElementById('${TARGET}') === null) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { document.title = '${TITLE}' + performance.now(); }, 0));
    }).observe(document, { childList: true, subtree: true });`,
  /** Says when the service worker is active, and whether it controls this page. */
  serviceWorker: `
    addEventListener('load', () => {
      if (navigator.serviceWorker.controller) document.title = '${TITLE}controlled';
      else navigator.serviceWorker.ready.then(() => { document.title = '${TITLE}ready'; });
    });`,
};

/** Resolves with what the page put after TITLE in its title (`wanted`, if given). The protocol
 *  sends no event for a title change, so the browser is asked every 25 ms: it answers from its
 *  own copy, without a word to the page. */
async function titleOf(cdp, targetId, wanted) {
  for (;;) {
    const { targetInfo } = await cdp.send('Target.getTargetInfo', { targetId });
    if (targetInfo.title.startsWith(TITLE)) {
      const value = targetInfo.title.slice(TITLE.length);
      if (wanted === undefined || value === wanted) return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function openPage(cdp, browserContextId, script, throttled) {
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  await cdp.send('Page.enable', {}, sessionId);
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: script }, sessionId);
  await cdp.send('Emulation.setDeviceMetricsOverride', SCREEN, sessionId);
  if (throttled) {
    await cdp.send('Network.enable', {}, sessionId);
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G, sessionId);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 }, sessionId);
  }
  return { targetId, sessionId };
}

async function timeVisit(cdp, browserContextId, url, keepServiceWorkerOut) {
  const { targetId, sessionId } = await openPage(
    cdp,
    browserContextId,
    inPage.measure(keepServiceWorkerOut),
    true,
  );
  await cdp.send('Page.navigate', { url }, sessionId);
  const painted = titleOf(cdp, targetId);
  const ms = Number(await withTimeout(painted, 30_000, 'first question'));
  await cdp.send('Target.closeTarget', { targetId });
  return ms;
}

/** Visits once without throttling until the service worker is active, then again until it
 *  controls the page (its precache is then complete), so the next visit is served from it. */
async function installOfflineCopy(cdp, browserContextId, url) {
  const { targetId, sessionId } = await openPage(cdp, browserContextId, inPage.serviceWorker, false);
  await cdp.send('Page.navigate', { url }, sessionId);
  await titleOf(cdp, targetId, 'ready');
  await cdp.send('Page.reload', {}, sessionId);
  await titleOf(cdp, targetId, 'controlled');
  await cdp.send('Target.closeTarget', { targetId });
}

export async function measureFirstVisit(dist, log) {
  const server = await serve(dist, { cacheAssets: true, compress: true });
  const cdp = launchCdpBrowser();
  const url = `${server.origin}${ROUTE}`;
  try {
    await withTimeout(cdp.send('Browser.getVersion'), 30_000, 'browser start');
    const cold = [];
    const repeat = [];
    const offline = [];
    for (let i = 0; i < RUNS; i++) {
      const { browserContextId: profile } = await cdp.send('Target.createBrowserContext');
      cold.push(await withTimeout(timeVisit(cdp, profile, url, true), 60_000, 'cold visit'));
      repeat.push(await withTimeout(timeVisit(cdp, profile, url, true), 60_000, 'repeat visit'));
      await cdp.send('Target.disposeBrowserContext', { browserContextId: profile });

      const { browserContextId: withWorker } = await cdp.send('Target.createBrowserContext');
      await withTimeout(installOfflineCopy(cdp, withWorker, url), 60_000, 'service worker install');
      offline.push(
        await withTimeout(timeVisit(cdp, withWorker, url, false), 60_000, 'visit from the offline copy'),
      );
      await cdp.send('Target.disposeBrowserContext', { browserContextId: withWorker });
    }
    const list = (values) => values.map(Math.round).join(', ');
    log(`first visit cold ${list(cold)} ms; repeat ${list(repeat)} ms; offline copy ${list(offline)} ms`);
    return { cold: median(cold), repeat: median(repeat), offlineCopy: median(offline) };
  } catch (error) {
    log(`first visit failed: ${error.message}`);
    const note = `n/a (failed: ${String(error.message).split('\n')[0]})`;
    return { cold: null, repeat: null, offlineCopy: null, note };
  } finally {
    await cdp.close();
    await server.close();
  }
}
