// Shared e2e helpers: axe with the project's bar (no serious or critical violations), and a
// request log that proves nothing leaves the device.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import en from '../../locales/en/ui/app.json' with { type: 'json' };

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}

/** Records every request the page makes that is not to the app's own origin. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

export const appText = en;

/** Opens an answers file through the start page's "Open answers file" button (issue 4). */
export async function openAnswersFile(page: Page, name: string, json: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open answers file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json, 'utf8') });
}

/** Clicks "Save answers file" and returns the downloaded file's text. */
export async function saveAnswersFile(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save answers file' }).first().click();
  const file = await download;
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Answers the required profile questions in the form (issue 6; the profile section must be open,
 *  e.g. `#/questionnaire/profile`, in English) and moves on with "Next". */
export async function fillRequiredProfile(page: Page, own: string, partner: string): Promise<void> {
  await page.getByRole('textbox', { name: /What is the name of your municipality\?/ }).fill(own);
  await page.getByRole('textbox', { name: /What is the name of the partner municipality\?/ }).fill(partner);
  await page.getByRole('radio', { name: /^Destination side/ }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** Clicks a PDF download button (optionally choosing the PDF's language first) and returns the bytes. */
export async function downloadPdf(
  page: Page,
  options: { button?: string; language?: string } = {},
): Promise<{ name: string; bytes: Buffer }> {
  if (options.language !== undefined)
    await page.getByRole('radio', { name: options.language, exact: true }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: options.button ?? 'Download PDF', exact: true }).click();
  const file = await download;
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return { name: file.suggestedFilename(), bytes };
}

/** Opens several answers files at once on the workshop page (issue 8). */
export async function openWorkshopFiles(
  page: Page,
  files: readonly { name: string; json: string }[],
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open answers files' }).click();
  await (
    await chooser
  ).setFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.json, 'utf8') })),
  );
}
