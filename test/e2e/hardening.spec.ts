// Issue 16 in the built app (Chromium): nothing a file can do breaks it. Generated inputs only.
import { expect, test, type Page } from '@playwright/test';
import storage from '../../locales/en/ui/io.json' with { type: 'json' };
import workshop from '../../locales/en/ui/workshop.json' with { type: 'json' };
import { answerFileText, generateAnswerFiles } from '../fixtures/generate-answers';
import { fileJson, manyItems } from '../fixtures/hostile-documents';
import { BASE_ANSWERS } from '../fixtures/answers';

const json = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

/** The page is no wider than the window: no horizontal scrolling. */
const expectNoHorizontalScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);

async function english(page: Page, path: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto(path);
}

test('defect 15: sends the hosting headers, and another origin cannot frame the app', async ({
  page,
  baseURL,
}) => {
  const response = await page.request.get('/');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('no-referrer');

  await page.route('http://other-origin.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<h1>Other site</h1><iframe src="${baseURL}/"></iframe>`,
    }),
  );
  await page.goto('http://other-origin.test/');
  await expect(page.getByRole('heading', { name: 'Other site' })).toBeVisible();
  const frame = page.frames().find((f) => f !== page.mainFrame());
  // Blocked by frame-ancestors: the frame shows Chromium's error page, never the app.
  await expect.poll(async () => (frame ? await frame.locator('#root').count() : 0)).toBe(0);
});

test('defect 2: starts, and says so, when the stored answers crashed v1', async ({ page }) => {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('partnership-mirror:answers', text);
      localStorage.setItem('partnership-mirror:language', 'en');
      sessionStorage.setItem('seeded', '1');
    }
  }, manyItems(130_000));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: storage.storage.unreadable.title })).toBeVisible();
  await expect(page.getByRole('button', { name: storage.storage.unreadable.download })).toBeVisible();
});

test('defects 3 and 12: the workshop adds the good files beside a hostile one, and long or reversed labels stay in their cells', async ({
  page,
}) => {
  await english(page, '/#/workshop');
  const [a, b, c] = generateAnswerFiles(3, 16).map((f) => answerFileText(f));
  const long = { ...JSON.parse(a ?? '{}'), respondent: { label: 'x'.repeat(200) } };
  const reversed = { ...JSON.parse(b ?? '{}'), respondent: { label: 'abc\u202Edef' } };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: workshop.open.button }).click();
  await (
    await chooser
  ).setFiles([
    json('long.json', JSON.stringify(long)),
    json('reversed.json', JSON.stringify(reversed)),
    json('c.json', c ?? ''),
    json('hostile.json', manyItems(130_000)),
  ]);
  const table = page.getByRole('table', { name: fill(workshop.files.caption_other, { count: 3 }) });
  await expect(table).toBeVisible();
  await expect(
    page.getByRole('region', { name: fill(workshop.refused.title_one, { count: 1 }) }),
  ).toContainText('hostile.json');
  // v1: 2,464 px wide for one 200-character label.
  const tableWidth = (await table.boundingBox())?.width ?? Infinity;
  expect(tableWidth).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
  // The override stays inside its <bdi>: the next cell's text is not reversed with it.
  const cell = table.getByRole('rowheader', { name: /abc/ });
  expect(await cell.evaluate((th) => th.querySelector('bdi') !== null)).toBe(true);
});

test('defect 12: a 5,000-character answer without spaces does not widen the check page', async ({ page }) => {
  await page.addInitScript(
    (text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('partnership-mirror:answers', text);
        localStorage.setItem('partnership-mirror:language', 'en');
        sessionStorage.setItem('seeded', '1');
      }
    },
    fileJson({ answers: { ...BASE_ANSWERS, obj_objectives_text: 'w'.repeat(5000) } }),
  );
  await page.goto('/#/check');
  await expect(page.getByText('w'.repeat(100), { exact: false }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});
