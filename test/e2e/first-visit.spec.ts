// Issue 17, slow first visit: the page itself asks for the texts and page code of the first screen
// (no chain page → bundle → texts → page code), within the policy, and `npm start` caches the way
// docs/hosting/ tells a host to, so a repeat visit asks for the page only.
import { expect, test } from '@playwright/test';
import { HASHED_ASSET_CACHE_CONTROL, OTHER_FILE_CACHE_CONTROL } from '../../scripts/hosting-headers';
import { COMPILE_HINT } from '../../scripts/compile-hints';

test('opening a questionnaire page asks for its code and the Dutch texts from the page, within the policy', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => localStorage.setItem('partnership-mirror:language', 'nl'));
  await page.goto('/#/questionnaire/profile');
  await expect(page.getByRole('textbox', { name: /Wat is de naam van uw gemeente\?/ })).toBeVisible();
  const preloads = await page
    .locator('head link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(preloads).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/QuestionnairePage-.*\.js$/),
      expect.stringMatching(/resources-nl-.*\.js$/),
    ]),
  );
  expect(preloads.some((href) => /resources-en-/.test(href))).toBe(false);
  expect(violations).toEqual([]);
});

test('the start page asks for no page code and only the texts of its language', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('partnership-mirror:language', 'en'));
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requested.filter((p) => /(QuestionnairePage|ReportPage|WorkshopPage)-.*\.js$/.test(p))).toEqual([]);
  expect(requested.some((p) => /resources-en-/.test(p))).toBe(true);
  expect(requested.some((p) => /resources-nl-/.test(p))).toBe(false);
});

test('`npm start` lets browsers keep the hashed files and ask again for the rest', async ({ request }) => {
  const home = await request.get('/');
  expect(home.headers()['cache-control']).toBe(OTHER_FILE_CACHE_CONTROL);
  const html = await home.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  expect((await request.get(asset ?? '')).headers()['cache-control']).toBe(HASHED_ASSET_CACHE_CONTROL);
  expect((await request.get('/registerSW.js')).headers()['cache-control']).toBe(OTHER_FILE_CACHE_CONTROL);
});

test("the start-up code and each page's code ask V8 to compile them at once; texts and PDF code do not", async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const data = JSON.parse(
    /<script type="application\/json" id="pm-first-load">(.*?)<\/script>/.exec(html)?.[1] ?? '{}',
  ) as {
    languages: Record<string, string[]>;
    pages: Record<string, string[]>;
  };
  const text = async (path: string) => (await request.get(path)).text();
  const hinted = async (path: string) => (await text(path)).startsWith(`${COMPILE_HINT}\n`);
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(await hinted(entry)).toBe(true);
  const pageScripts = Object.values(data.pages)
    .flat()
    .filter((path) => path.endsWith('.js'));
  expect(pageScripts.length).toBeGreaterThan(3);
  for (const path of pageScripts) expect(await hinted(path), path).toBe(true);
  for (const path of Object.values(data.languages).flat()) expect(await hinted(path), path).toBe(false);
  // The PDF code loads only when "Download PDF" is pressed.
  const report = pageScripts.find((path) => /ReportPage-/.test(path)) ?? '';
  const pdf = /download-report-pdf-[\w-]+\.js/.exec(await text(report))?.[0];
  expect(pdf).toBeDefined();
  expect(await hinted(`/assets/${pdf}`)).toBe(false);
});
