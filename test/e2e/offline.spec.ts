// Issue 9, item 1: after one visit the app works without network, including the pages and the
// PDF code that load on demand.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { appText, downloadPdf, fillRequiredProfile } from './helpers';

const dist = process.env.E2E_DIST ?? 'dist-e2e';

/** First visit online, then wait until the service worker controls the page. */
async function visitOnceThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  // Belt and braces: should the service worker miss a file and ask the network, that fails too.
  await context.route('**', (route) => route.abort('internetdisconnected'));
}

test('the service worker precaches every file of the build, lazy chunks and fonts included', () => {
  const sw = readFileSync(`${dist}/sw.js`, 'utf8');
  const assets = readdirSync(`${dist}/assets`);
  expect(assets.length).toBeGreaterThan(0);
  const missing = assets.filter((file) => !sw.includes(`"assets/${file}"`));
  expect(missing).toEqual([]);
  expect(sw).toContain('"index.html"');
  // No runtime caching: the app asks nothing of another origin.
  expect(sw).not.toMatch(/https?:\/\//);
});

test('the app is installable: manifest with both names, icons and the theme colour', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    theme_color: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest.name).toContain('Partnership Mirror');
  expect(manifest.name).toContain('Partnerschapsspiegel');
  expect(manifest.theme_color).toBe('#00446b');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
});

test('after one visit, every page opens offline after a reload', async ({ page, context }) => {
  await visitOnceThenGoOffline(page, context);
  await page.reload();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [hash, name] of [
    ['#/questionnaire', appText.nav.questionnaire],
    ['#/report', appText.nav.report],
    ['#/workshop', appText.nav.workshop],
  ] as const) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('offline: answer the required profile questions, see the report and download the PDF', async ({
  page,
  context,
}) => {
  await visitOnceThenGoOffline(page, context);
  await page.reload();
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/questionnaire/profile');
  await fillRequiredProfile(page, 'Emirdağ', 'Al Hoceïma');
  await expect(page).toHaveURL(/#\/questionnaire\/objectives/);
  await page.reload();
  await page.goto('/#/questionnaire/profile');
  await expect(page.getByRole('textbox', { name: /What is the name of your municipality\?/ })).toHaveValue(
    'Emirdağ',
  );

  await page.goto('/#/report');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Emirdağ').first()).toBeVisible();
  const pdf = await downloadPdf(page, { language: 'Dutch and English (one PDF, both languages)' });
  expect(pdf.bytes.length).toBeGreaterThan(10_000);
});
