// Issue 9, item 5: the longest answers, Arabic script and markup typed as text go through the
// questionnaire, report, PDF and workshop literally: no layout break, no script run.
import { expect, test, type Page } from '@playwright/test';
import { QUESTIONS } from '../../src/catalogue/catalogue';
import { openAnswersFile } from './helpers';

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
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

test('the hostile answers file is what the contract allows at its limits', () => {
  const file = JSON.parse(hostileAnswersFile()) as { answers: Record<string, string> };
  const longTexts = QUESTIONS.filter((q) => q.type === 'long_text');
  expect(longTexts.length).toBeGreaterThan(0);
  for (const q of longTexts) expect(file.answers[q.id]).toHaveLength(5000);
  for (const q of QUESTIONS.filter((q) => q.type === 'short_text')) expect(file.answers[q.id]).toMatch(/[\u0600-\u06ff]/);
});

test('questionnaire: imported long, Arabic and markup answers show literally and wrap', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await openAnswersFile(page, 'hostile.json', hostileAnswersFile());
  await expect(page.getByRole('status').filter({ hasText: 'The answers file is opened' })).toBeVisible();

  await page.goto('/#/questionnaire/profile');
  await expect(page.getByRole('textbox', { name: /What is the name of your municipality\?/ })).toHaveValue(ARABIC[0] ?? '');
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

test.fixme('report and PDF: long, Arabic and markup answers show literally, the PDF downloads', async () => {
  // Waits for the report page and its PDF (issue 7).
});

test.fixme('workshop: a participant labelled with markup is listed literally', async () => {
  // Waits for the workshop page (issue 8).
});
