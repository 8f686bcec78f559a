// Issue 9, item 5: the longest answers, Arabic script and markup typed as text go through the
// questionnaire, report, PDF and workshop literally: no layout break, no script run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { QUESTIONS } from '../../src/catalogue/catalogue';
import { downloadPdf, openAnswersFile, openWorkshopFiles } from './helpers';

const HOSTILE_LABEL = '<img src=x onerror=alert(1)>';
const ARABIC = ['الحسيمة', 'بلدية طنجة', 'مدينة الناظور'];

/** 5,000 characters exactly, with a recognisable start and end so "complete" can be checked. */
function longAnswer(id: string): string {
  const start = `BEGIN ${id} Emirdağ İzmit `;
  const end = ` END ${id}`;
  const filler = 'Kennis uitwisselen tussen gemeenten — ş ı ğ é. ';
  let middle = '';
  while (start.length + middle.length + end.length < 5000) middle += filler;
  return start + middle.slice(0, 5000 - start.length - end.length) + end;
}

/** An answers file (contract §1) with every long text at its limit and Arabic in every short text. */
function hostileAnswersFile(): string {
  const answers: Record<string, string> = { profile_side: 'destination' };
  let arabic = 0;
  for (const q of QUESTIONS) {
    if (q.type === 'long_text') answers[q.id] = longAnswer(q.id);
    if (q.type === 'short_text') answers[q.id] = ARABIC[arabic++ % ARABIC.length] ?? '';
  }
  return JSON.stringify({
    format: 'partnership-mirror/answers',
    formatVersion: 1,
    catalogueVersion: '1',
    savedAt: '2026-11-22T10:15:00.000Z',
    language: 'en',
    respondent: { label: HOSTILE_LABEL },
    answers,
  });
}

/** Fails the test on any dialog (alert/confirm/prompt): markup typed as text must never run. */
function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** No horizontal scroll bar: long words and long answers wrap instead of breaking the layout. */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

test('the hostile answers file is what the contract allows at its limits', () => {
  const file = JSON.parse(hostileAnswersFile()) as { answers: Record<string, string> };
  const longTexts = QUESTIONS.filter((q) => q.type === 'long_text');
  expect(longTexts.length).toBeGreaterThan(0);
  for (const q of longTexts) expect(file.answers[q.id]).toHaveLength(5000);
  for (const q of QUESTIONS.filter((q) => q.type === 'short_text'))
    expect(file.answers[q.id]).toMatch(/[\u0600-\u06ff]/);
});

test('questionnaire: imported long, Arabic and markup answers show literally and wrap', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await openAnswersFile(page, 'hostile.json', hostileAnswersFile());
  await expect(page.getByRole('status').filter({ hasText: 'The answers file is opened' })).toBeVisible();

  await page.goto('/#/questionnaire/profile');
  await expect(page.getByRole('textbox', { name: /What is the name of your municipality\?/ })).toHaveValue(
    ARABIC[0] ?? '',
  );
  await page.goto('/#/questionnaire/objectives');
  const objectives = page.getByRole('textbox', { name: /what does your side want to achieve and learn/ });
  await expect(objectives).toHaveValue(longAnswer('obj_objectives_text'));
  await expectNoHorizontalOverflow(page);

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/#/check');
    await expect(page.getByText(longAnswer('obj_objectives_text'))).toBeVisible();
    await expect(page.getByText(ARABIC[0] ?? '', { exact: true }).first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
  }
  expect(dialogs).toEqual([]);
});

/** The PDF's text as pdftotext reads it, NFKC-normalised (Arabic presentation forms) and with
 *  every run of white space as one space (lines wrap). */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-resilience-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], {
      encoding: 'utf8',
    });
    return text.normalize('NFKC').replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openHostileFile(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await openAnswersFile(page, 'hostile.json', hostileAnswersFile());
  await expect(page.getByRole('status').filter({ hasText: 'The answers file is opened' })).toBeVisible();
}

test('report and PDF: long, Arabic and markup answers show literally, the PDF downloads', async ({
  page,
}) => {
  const dialogs = forbidDialogs(page);
  await openHostileFile(page);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/#/report');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(HOSTILE_LABEL).first()).toBeVisible();
    await expect(page.getByText(longAnswer('obj_objectives_text'))).toBeVisible();
    await expect(page.getByText(ARABIC[0] ?? '').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  const pdf = await downloadPdf(page, { language: 'Dutch and English (one PDF, both languages)' });
  const text = pdfText(pdf.bytes);
  expect(text).toContain(HOSTILE_LABEL);
  for (const q of QUESTIONS.filter((q) => q.type === 'long_text')) {
    expect(text).toContain(`BEGIN ${q.id}`);
    expect(text).toContain(`END ${q.id}`);
  }
  expect(dialogs).toEqual([]);
});

test('workshop: a participant labelled with markup is listed literally, the group PDF downloads', async ({
  page,
}) => {
  const dialogs = forbidDialogs(page);
  await page.goto('/#/workshop');
  await page.getByRole('button', { name: 'English' }).click();
  await openWorkshopFiles(page, [
    { name: 'hostile.json', json: hostileAnswersFile() },
    { name: 'example-a.json', json: readFileSync('test/fixtures/answers/example-a-lindestad.json', 'utf8') },
  ]);
  await expect(page.getByRole('heading', { name: 'Group view' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: HOSTILE_LABEL, exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: /Show participants by name/ }).check();
  await expect(page.getByText(HOSTILE_LABEL).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expectNoHorizontalOverflow(page);
  const pdf = await downloadPdf(page, {
    button: 'Download group report (PDF)',
    language: 'Both: Dutch and English',
  });
  expect(pdf.bytes.length).toBeGreaterThan(10_000);
  // "Show names" is ticked, so the group report names the participants as they typed themselves.
  expect(pdfText(pdf.bytes)).toContain(HOSTILE_LABEL);
  expect(dialogs).toEqual([]);
});
