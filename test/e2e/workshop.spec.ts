// Issue 8: a facilitator drops 20 answers files (2 of them bad) into the workshop page, sees 18
// participants and 2 refused files with their reasons, the side comparison chart, and downloads
// the group report — with nothing leaving the browser.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import errors from '../../locales/en/errors/answersFile.json' with { type: 'json' };
import group from '../../locales/en/group.json' with { type: 'json' };
import workshop from '../../locales/en/ui/workshop.json' with { type: 'json' };
import { answerFileText, generateAnswerFiles } from '../fixtures/generate-answers';
import { expectNoSeriousAxeViolations, recordForeignRequests } from './helpers';

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

const good = generateAnswerFiles(18, 2026).map((f, i) => ({
  name: `participant-${String(i + 1).padStart(2, '0')}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(answerFileText(f), 'utf8'),
}));
// "0" was never a catalogue version: refused as unknown (content-model-v2 §1).
const otherCatalogue = { ...generateAnswerFiles(1, 7)[0], catalogueVersion: '0' };
const bad = [
  { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ', 'utf8') },
  {
    name: 'other-catalogue.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(otherCatalogue), 'utf8'),
  },
];

test('a workshop of 20 files: 18 listed, 2 refused with reasons, the side chart, the group PDF', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL ?? '');
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/workshop');
  await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: workshop.open.button }).click();
  await (await chooser).setFiles([...good.slice(0, 9), bad[0]!, ...good.slice(9), bad[1]!]);

  const participants = page.getByRole('table', { name: fill(workshop.files.caption_other, { count: 18 }) });
  await expect(participants).toBeVisible();
  await expect(participants.getByRole('row')).toHaveCount(19);

  const refused = page.getByRole('region', { name: fill(workshop.refused.title_other, { count: 2 }) });
  await expect(refused).toContainText('broken.json');
  await expect(refused).toContainText(errors.not_json);
  await expect(refused).toContainText('other-catalogue.json');
  await expect(refused).toContainText(fill(errors.unknown_catalogue_version, { version: '0' }));

  await expect(page.getByRole('heading', { name: workshop.group.title })).toBeVisible();
  const chart = page.getByRole('img', { name: group.report.dimensions.chartCaption });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('table', { name: group.report.discussion.caption })).toBeVisible();

  await expectNoSeriousAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: workshop.download.button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^partnership-mirror-group-en-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(10_000);
  await expect(page.getByRole('status').filter({ hasText: workshop.download.done })).toBeVisible();

  expect(foreign).toEqual([]);
});

test('the workshop page works with the keyboard in large-text mode', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/workshop');
  await page.getByRole('button', { name: 'Large text' }).click();
  await expect(page.locator('.pm-large-text')).toHaveCount(1);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: workshop.open.button }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(good.slice(0, 3));
  const showNames = page.getByRole('checkbox', { name: workshop.group.showNames });
  await showNames.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('table', { name: group.report.participants.caption })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
