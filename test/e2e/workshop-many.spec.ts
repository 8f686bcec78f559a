// Issue 16: a workshop of 1,000 files — read and grouped off the page — lists every participant
// (a hundred rows at a time, "Show all" for the rest) and shows the group. Functional only: the
// longest freeze is timed by `npm run bench` (scripts/bench/workshop-browser.mjs), not here, where
// a busy machine would fail it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import group from '../../locales/en/group.json' with { type: 'json' };
import workshop from '../../locales/en/ui/workshop.json' with { type: 'json' };
import { answerFileText, generateAnswerFiles } from '../fixtures/generate-answers';

const COUNT = 1000;
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

let dir = '';
let paths: string[] = [];

test.beforeAll(() => {
  // Files on disk, chosen by path, as from a real file picker.
  dir = mkdtempSync(join(tmpdir(), 'pm-workshop-many-'));
  paths = generateAnswerFiles(COUNT, 1000).map((file, i) => {
    const path = join(dir, `participant-${i}.json`);
    writeFileSync(path, answerFileText(file));
    return path;
  });
});

test.afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

test('1,000 files: every one is listed and the group is shown, after a reload too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/workshop');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: workshop.open.button }).click();
  await (await chooser).setFiles(paths);

  await expect(
    page.getByRole('status').filter({
      hasText: fill(workshop.open.done_other, { count: COUNT, good: COUNT, bad: 0, same: 0 }),
    }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: fill(workshop.files.caption_other, { count: COUNT }) });
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await expect(page.getByText(fill(workshop.files.shownOf, { shown: 100, count: COUNT }))).toBeVisible();
  await page.getByRole('button', { name: fill(workshop.files.showAll, { count: COUNT }) }).click();
  await expect(table.locator('tbody tr')).toHaveCount(COUNT);
  await expect(table.locator('tbody tr').last()).toContainText('participant-999.json');
  // The group, worked out in the worker, counts all of them.
  await expect(page.getByRole('heading', { name: workshop.group.title })).toBeVisible();
  const basedOn = fill(group.report.cover.participants_other, { count: COUNT }).split(':')[0] ?? '';
  await expect(page.getByText(basedOn).first()).toBeVisible();

  // A reload reads the kept files again, in the worker too.
  await page.reload();
  await expect(page.getByText(fill(workshop.kept.restored_other, { count: COUNT }))).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await expect(page.getByText(basedOn).first()).toBeVisible();
});
