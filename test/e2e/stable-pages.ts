// Helpers for the issue-17 specs: a fresh visit in one language, optionally with answers already
// autosaved, and the page's cumulative layout shift as Chromium reports it.
import type { Page } from '@playwright/test';

/** Before the app's own scripts: the language (and answers, as autosave keeps them) of a return visit. */
export async function visitWith(page: Page, language: 'en' | 'nl', answersFile?: string): Promise<void> {
  await page.addInitScript(
    ([lng, file]) => {
      if (sessionStorage.getItem('pm-e2e-init')) return;
      sessionStorage.setItem('pm-e2e-init', '1');
      localStorage.setItem('partnership-mirror:language', lng);
      if (file !== '') localStorage.setItem('partnership-mirror:answers', file);
    },
    [language, answersFile ?? ''] as const,
  );
}

/** Sums layout shifts not caused by input, from the first paint on (as Lighthouse's CLS does on a
 *  load; our pages are short enough that session windows make no difference). */
export async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        const nodes = (entry.sources ?? []).map((s) =>
          s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName),
        );
        w.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export async function layoutShift(page: Page): Promise<{ cls: number; shifts: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
}

/** Slows every request of the page down (Chromium DevTools protocol), so lazily loaded code
 *  arrives well after the first paint, as on a slow phone connection. */
export async function slowNetwork(page: Page, latencyMs = 400): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}
