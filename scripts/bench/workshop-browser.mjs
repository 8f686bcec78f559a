// Workshop intake (parse, validate, assess) and aggregation of 500 answer files in Chromium, on the
// bench-only page: 1 warm-up, then the median of 5 runs.
import { existsSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { withTimeout } from './run.mjs';

export async function measureWorkshopInBrowser(pageDist, log) {
  if (!existsSync('src/group/aggregate.ts') || !existsSync('src/group/intake.ts')) return { value: null };
  const server = await serve(pageDist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => typeof window.benchWorkshop === 'function', null, { timeout: 20_000 });
    const result = await withTimeout(
      page.evaluate(() => window.benchWorkshop(500, 5)),
      120_000,
      'workshop bench',
    );
    if (result.participants !== 500)
      return { value: null, note: `n/a (only ${result.participants} of 500 files read)` };
    return { value: result.medianMs };
  } catch (error) {
    log(`workshop in Chromium failed: ${error.message}`);
    return { value: null, note: `n/a (failed: ${String(error.message).split('\n')[0]})` };
  } finally {
    await browser.close();
    await server.close();
  }
}
