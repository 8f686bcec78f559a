// Issue 14: a facilitator opens six files — three from the destination side, one from the partner
// side (the pair named the other way round and spelled in capitals), one about another partnership
// and one broken file. The group is the one partnership; the other file is listed apart; the
// projector works by keyboard at 1920×1080 with large enough text; the CSV and the group PDF
// download; a reload keeps the files. Nothing leaves the browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import errors from '../../locales/en/errors/answersFile.json' with { type: 'json' };
import group from '../../locales/en/group.json' with { type: 'json' };
import dimensions from '../../locales/en/dimensions.json' with { type: 'json' };
import workshop from '../../locales/en/ui/workshop.json' with { type: 'json' };
import { DIMENSION_IDS, INDICATOR_IDS } from '../../src/catalogue/ids';
import { answerFileText, generateAnswerFiles, type GeneratedAnswerFile } from '../fixtures/generate-answers';
import { downloadPdf, expectNoSeriousAxeViolations, recordForeignRequests } from './helpers';

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

function about(file: GeneratedAnswerFile, side: 'destination' | 'source', own: string, partner: string) {
  const answers = {
    ...file.answers,
    profile_side: side,
    profile_own_municipality: own,
    profile_partner_municipality: partner,
  };
  return answerFileText({ ...file, answers });
}

const made = generateAnswerFiles(5, 2026);
const asUpload = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});
const files = [
  asUpload('haarlem-1.json', about(made[0]!, 'destination', 'Haarlem', 'Emirdağ')),
  asUpload('haarlem-2.json', about(made[1]!, 'destination', 'Haarlem', 'Emirdag')),
  asUpload('haarlem-3.json', about(made[2]!, 'destination', 'haarlem', 'Emirdağ')),
  asUpload('emirdag.json', about(made[3]!, 'source', 'EMİRDAĞ', 'Haarlem')),
  asUpload('amsterdam.json', about(made[4]!, 'destination', 'Amsterdam', 'Nador')),
  asUpload('broken.json', '{ "format": '),
];

const pdfText = (bytes: Buffer) => {
  const path = join(mkdtempSync(join(tmpdir(), 'group-pdf-')), 'group.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

async function openWorkshop(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/workshop');
  await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: workshop.open.button }).click();
  await (await chooser).setFiles(files);
}

const otherPairLine = fill(group.report.pairs.other_one, { own: 'Amsterdam', partner: 'Nador', count: 1 });

test('a six-file workshop: one partnership, the partner side, another pair apart, a broken file', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL ?? '');
  await openWorkshop(page);

  const participants = page.getByRole('table', { name: fill(workshop.files.caption_other, { count: 5 }) });
  await expect(participants.getByRole('row')).toHaveCount(6);
  const refused = page.getByRole('region', { name: fill(workshop.refused.title_one, { count: 1 }) });
  await expect(refused).toContainText('broken.json');
  await expect(refused).toContainText(errors.not_json);

  // One partnership in either order and spelling; the Amsterdam–Nador file is listed apart.
  await expect(
    page.getByText(fill(workshop.pairs.chosen_other, { own: 'Haarlem', partner: 'Emirdağ', count: 4 })),
  ).toBeVisible();
  const include = page.getByRole('checkbox', {
    name: fill(workshop.pairs.include_one, { count: 1, own: 'Amsterdam', partner: 'Nador' }),
  });
  await expect(include).not.toBeChecked();
  await expect(page.getByText(otherPairLine)).toBeVisible();
  await expect(
    page.getByText(
      fill(group.report.cover.participants_other, { count: 4, destination: 3, source: 1, none: 0 }),
    ),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: group.report.dimensions.chartCaption })).toBeVisible();
  await expect(page.getByRole('table', { name: group.report.aims.caption })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // CSV: one file, a "table" column, Dutch-Excel-friendly format.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: workshop.csv.button }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^partnership-mirror-group-data-en-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  const rows = csvText
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(';'));
  expect(rows[0]?.slice(0, 4)).toEqual([
    group.csv.table,
    group.csv.questionId,
    group.csv.question,
    group.csv.side,
  ]);
  expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set([...DIMENSION_IDS, ...INDICATOR_IDS]));
  expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
  const trustScore = rows.find((r) => r[0] === 'trust' && r[1] === 'trust' && r[3] === group.csv.all);
  expect(Number(trustScore?.[4])).toBeGreaterThanOrEqual(2);

  // The group PDF: same content as the screen, no clipped legend, whole header words.
  const pdf = await downloadPdf(page, { button: workshop.download.button, language: workshop.download.en });
  const text = pdfText(pdf.bytes);
  expect(text).toContain(otherPairLine);
  expect(text).toContain(group.report.dimensions.spreadLegend);
  expect(text).toContain(group.report.flags.sidesDiffer.split(' — ')[0]);
  expect(text).toContain(group.report.aims.title);
  expect(text).toContain(group.report.scores.destination);

  // A reload keeps the files; "Forget these files" drops them.
  await page.reload();
  await expect(participants.getByRole('row')).toHaveCount(6);
  await page.getByRole('button', { name: workshop.kept.forget }).click();
  await expect(page.getByText(workshop.files.empty)).toBeVisible();
  await page.reload();
  await expect(page.getByText(workshop.files.empty)).toBeVisible();
  expect(foreign).toEqual([]);
});

test('projector mode by keyboard at 1920×1080: one topic per screen, large text, Escape leaves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openWorkshop(page);
  const opener = page.getByRole('button', { name: workshop.projector.open });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: workshop.projector.title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^Screen 1 of \d+$/)).toBeVisible();

  await page.keyboard.press('PageDown');
  await expect(dialog.getByText(/^Screen 2 of \d+$/)).toBeVisible();
  await expect(dialog.getByRole('heading', { name: dimensions.similarity.name })).toBeVisible();
  // Body text at least 28 px; the chart's smallest label at least 24 px as drawn.
  const body = await dialog
    .getByRole('listitem')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(body).toBeGreaterThanOrEqual(28);
  const smallestLabel = await dialog
    .locator('svg')
    .first()
    .evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')));
      return Math.min(...sizes) * scale;
    });
  expect(smallestLabel).toBeGreaterThanOrEqual(24);

  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByText(/^Screen 3 of \d+$/)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageUp');
  await expect(dialog.getByText(/^Screen 1 of \d+$/)).toBeVisible();
  await page.keyboard.press('End');
  await expect(dialog.getByRole('heading', { name: group.report.recommendations.title })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the workshop page works with the keyboard in large-text mode, its buttons growing', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/workshop');
  const before = await page
    .getByRole('button', { name: workshop.open.button })
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('button', { name: 'Large text' }).click();
  await expect(page.locator('.pm-large-text')).toHaveCount(1);
  const after = await page
    .getByRole('button', { name: workshop.open.button })
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: workshop.open.button }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(files.slice(0, 4));
  const showNames = page.getByRole('checkbox', { name: workshop.group.showNames });
  await showNames.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('table', { name: group.report.participants.caption })).toBeVisible();
  // Remove by keyboard: focus moves to the next Remove button and the message says how many remain.
  const remove = page.getByRole('button', { name: /^Remove/ });
  await remove.first().focus();
  await page.keyboard.press('Enter');
  await expect(remove).toHaveCount(3);
  await expect(remove.first()).toBeFocused();
  await expect(page.getByText(/removed\. 3 participants in the set now\./)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('on a 390 px phone the workshop page does not scroll sideways: wide tables scroll in place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWorkshop(page);
  await expect(page.getByRole('table', { name: group.report.aims.caption })).toBeAttached();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
});
