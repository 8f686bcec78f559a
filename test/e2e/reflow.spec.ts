// Issue 17 / WCAG 1.4.10: at 320 CSS px with the app's large text on, no page scrolls sideways.
// Measured as the document's scroll width against the viewport; a failure names the elements
// that stick out. Dutch and English (Dutch words are longer), with answers so every page is full.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import enSections from '../../locales/en/sections.json' with { type: 'json' };
import { visitWith } from './stable-pages';

const lindestad = readFileSync('test/fixtures/answers/example-a-lindestad.json', 'utf8');
const ROUTES = [
  '#/',
  '#/questionnaire',
  ...Object.keys(enSections).map((id) => `#/questionnaire/${id}`),
  '#/check',
  '#/report',
  '#/workshop',
  '#/accessibility',
  '#/about',
  '#/nowhere',
];

test.use({ viewport: { width: 320, height: 640 } });

async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const out = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.closest('.pm-visually-hidden'))
      .slice(0, 8)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)} px`,
      );
    return [`scrollWidth ${document.documentElement.scrollWidth} > ${width}`, ...out];
  });
}

for (const language of ['nl', 'en'] as const) {
  test(`no sideways scrolling at 320 px with large text, every page (${language})`, async ({ page }) => {
    await visitWith(page, language, lindestad);
    await page.addInitScript(() => localStorage.setItem('partnership-mirror:large-text', 'true'));
    const problems: string[] = [];
    for (const route of ROUTES) {
      await page.goto(`/${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.pm-app.pm-large-text')).toBeVisible();
      const found = await overflow(page);
      if (found.length > 0) problems.push(`${route}: ${found.join('; ')}`);
    }
    expect(problems).toEqual([]);
  });
}

test('no sideways scrolling at 320 px with large text: error summary and the start-again question', async ({
  page,
}) => {
  await visitWith(page, 'nl', lindestad);
  await page.addInitScript(() => localStorage.setItem('partnership-mirror:large-text', 'true'));
  await page.goto('/#/questionnaire/actors');
  await page
    .getByRole('checkbox')
    .first()
    .uncheck()
    .catch(() => undefined);
  await page.goto('/#/questionnaire/profile');
  await page.getByRole('textbox').first().fill('');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await overflow(page)).toEqual([]);
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  expect(await overflow(page)).toEqual([]);
});
