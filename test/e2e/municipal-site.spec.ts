// Issue 17, what a municipal website needs besides the questionnaire itself: an accessibility
// statement and an about page reached from the footer, a real robots.txt, valid figures in the
// report, a start-again that can be undone, and no empty answers file.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import enAbout from '../../locales/en/ui/about.json' with { type: 'json' };
import enAccessibility from '../../locales/en/ui/accessibility.json' with { type: 'json' };
import enApp from '../../locales/en/ui/app.json' with { type: 'json' };
import enIo from '../../locales/en/ui/io.json' with { type: 'json' };
import nlAccessibility from '../../locales/nl/ui/accessibility.json' with { type: 'json' };
import { expectNoSeriousAxeViolations } from './helpers';
import { visitWith } from './stable-pages';

const lindestad = readFileSync('test/fixtures/answers/example-a-lindestad.json', 'utf8');

test('the footer leads to the accessibility statement and the about page, in both languages', async ({
  page,
}) => {
  await visitWith(page, 'en');
  await page.goto('/#/report');
  const footer = page.getByRole('navigation', { name: enApp.footer.label });
  await footer.getByRole('link', { name: enApp.footer.accessibility }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enAccessibility.title);
  await expect(page.getByRole('heading', { level: 2, name: enAccessibility.reportHeading })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nlAccessibility.title);
  await page.getByRole('button', { name: 'English' }).click();
  await footer.getByRole('link', { name: enApp.footer.about }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enAbout.title);
  await expect(page.getByText(/Edith van Ewijk/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('robots.txt is a text file, not the app page', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/^User-agent: \*/);
});

test('every report figure has its caption first or last (valid HTML)', async ({ page }) => {
  await visitWith(page, 'en', lindestad);
  await page.goto('/#/report');
  await expect(page.getByRole('figure').first()).toBeVisible();
  const misplaced = await page.evaluate(
    () =>
      [...document.querySelectorAll('figure')].filter((figure) => {
        const caption = figure.querySelector(':scope > figcaption');
        return (
          caption !== null && caption !== figure.firstElementChild && caption !== figure.lastElementChild
        );
      }).length,
  );
  expect(misplaced).toBe(0);
});

test('start again from the questionnaire overview can be undone; saving nothing makes no file', async ({
  page,
}) => {
  await visitWith(page, 'en', lindestad);
  await page.goto('/#/questionnaire');
  await page.getByRole('button', { name: enIo.startAgain.button }).click();
  const dialog = page.getByRole('alertdialog', { name: enIo.startAgain.title });
  // One column: the three buttons sit below the text, not beside it.
  const text = await dialog.getByText(enIo.startAgain.body).boundingBox();
  const remove = dialog.getByRole('button', { name: enIo.startAgain.confirm });
  const button = await remove.boundingBox();
  expect(button!.y).toBeGreaterThan(text!.y + text!.height - 1);
  await remove.click();
  await expect(page.getByText(enIo.startAgain.doneUndo)).toBeVisible();

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: enIo.save.button }).click();
  await expect(page.getByText(enIo.save.nothing)).toBeVisible();
  expect(downloads).toBe(0);

  await page.getByRole('button', { name: enIo.startAgain.undo }).click();
  await expect(page.getByText(enIo.startAgain.restored)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: enIo.startAgain.button })).toBeVisible();
});
