// Workshop timings in Chromium. (1) Intake (parse, validate, assess) and aggregation of 500 answer
// files on the bench-only page: 1 warm-up, then the median of 5 runs. (2) Issue 16: the longest
// freeze (long task) while the real app opens 1,000 generated files through its file input.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { run, withTimeout } from './run.mjs';

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

/** n generated answer files (test/fixtures/generate-answers.ts) as { name, text }. */
function generatedFiles(n) {
  const code = [
    "import { answerFileText, generateAnswerFiles } from './test/fixtures/generate-answers.ts';",
    `const files = generateAnswerFiles(${n}, 1000).map((f, i) => ({ name: 'participant-' + i + '.json', text: answerFileText(f) }));`,
    'process.stdout.write(JSON.stringify(files));',
  ].join('\n');
  return JSON.parse(run('npx', ['tsx', '--input-type=module', '-e', code], { timeoutMs: 120_000 }));
}

/** The longest long task (ms) from choosing `n` files in the built app (`dist`) until the
 *  participants are listed and the group is shown; the median over `runs` fresh pages. */
export async function measureWorkshopFreeze(dist, log, { n = 1000, runs = 3 } = {}) {
  if (!existsSync('src/ui/workshop/read-files.ts')) return { value: null };
  // Files on disk, chosen by path: the browser reads them itself, as from a real file picker
  // (Playwright hands buffers over by script in the page, itself a long task of its own).
  const dir = mkdtempSync(join(tmpdir(), 'pm-workshop-files-'));
  const files = generatedFiles(n).map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.text);
    return path;
  });
  const server = await serve(dist);
  const browser = await launchChromium();
  const longest = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/#/workshop`);
      await page.locator('input[type=file]').waitFor({ state: 'attached', timeout: 20_000 });
      await page.evaluate(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask' });
        // When the page first hears of the files: before it, the browser makes 1,000 File objects
        // (for any page alike, and outside its control), in the same task as the change event.
        document.addEventListener('change', () => (window.__changeAt ??= performance.now()), true);
      });
      await page.locator('input[type=file]').setInputFiles(files);
      // Done: every file listed (the caption counts them) and the group report shown.
      await page.locator('#pm-workshop-group').waitFor({ timeout: 120_000 });
      await page.waitForFunction(
        (count) => document.querySelector('[role=status]')?.textContent?.includes(String(count)),
        n,
        { timeout: 120_000 },
      );
      await page.waitForTimeout(1000); // long tasks are reported after they end
      const { tasks, changeAt } = await page.evaluate(() => ({
        tasks: window.__longTasks,
        changeAt: window.__changeAt,
      }));
      // The page's part of each long task: all of a later one, the rest of the one with the event.
      const pagePart = tasks.map(([start, duration]) =>
        start >= changeAt ? duration : Math.max(0, start + duration - changeAt),
      );
      const run = Math.max(0, ...pagePart);
      if (process.env.FREEZE_DEBUG)
        log(JSON.stringify(tasks.map(([s, d]) => [Math.round(s - changeAt), Math.round(d)])));
      longest.push(run);
      log(
        `workshop freeze run ${i + 1}: longest ${run.toFixed(0)} ms of the page's own ` +
          `(${tasks.length} long tasks, longest with the browser's file list: ` +
          `${Math.max(0, ...tasks.map(([, d]) => d)).toFixed(0)} ms)`,
      );
      await page.close();
    }
    longest.sort((a, b) => a - b);
    return { value: longest[Math.floor(longest.length / 2)] };
  } catch (error) {
    log(`workshop freeze failed: ${error.message}`);
    return { value: null, note: `n/a (failed: ${String(error.message).split('\n')[0]})` };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
