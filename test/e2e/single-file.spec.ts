// Issue 9, item 2: the one-file edition opened from disk (file://) with every request blocked.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import errors from '../../locales/en/errors/answersFile.json' with { type: 'json' };
import workshop from '../../locales/en/ui/workshop.json' with { type: 'json' };
import { answerFileText, generateAnswerFiles } from '../fixtures/generate-answers';
import {
  appText,
  downloadPdf,
  fillRequiredProfile,
  openAnswersFile,
  openWorkshopFiles,
  saveAnswersFile,
} from './helpers';

let outDir = '';
let fileUrl = '';

test.beforeAll(() => {
  // A directory of its own: several workers or people may build at the same time.
  outDir = mkdtempSync(join(tmpdir(), 'pm-single-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'vite.single.config.ts', '--outDir', outDir, '--logLevel', 'warn'],
    {
      stdio: 'pipe',
      timeout: 120_000,
    },
  );
  fileUrl = pathToFileURL(resolve(outDir, 'partnership-mirror.html')).href;
});

test.afterAll(() => {
  if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
});

/** Blocks everything that is not the file itself or inline data; returns what was blocked,
 *  and the console's Content-Security-Policy complaints. */
async function openOffDisk(page: Page, hash = ''): Promise<{ blocked: string[]; cspErrors: string[] }> {
  const blocked: string[] = [];
  const cspErrors: string[] = [];
  await page.route('**', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) cspErrors.push(msg.text());
  });
  page.on('pageerror', (error) => cspErrors.push(`page error: ${error.message}`));
  await page.goto(fileUrl + hash);
  return { blocked, cspErrors };
}

test('the build writes one self-contained HTML file with a strict policy', () => {
  const html = readFileSync(join(outDir, 'partnership-mirror.html'), 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload|manifest)"/);
  expect(html).not.toContain('serviceWorker.register');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).toMatch(/connect-src data:(;|$)/);
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
});

test('opened from disk with no network, every page works', async ({ page }) => {
  const { blocked, cspErrors } = await openOffDisk(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [hash, name] of [
    ['#/questionnaire', appText.nav.questionnaire],
    ['#/report', appText.nav.report],
    ['#/workshop', appText.nav.workshop],
  ] as const) {
    await page.goto(fileUrl + hash);
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(blocked).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('from disk: open an answers file, autosave keeps it across a reload, save and reopen it', async ({
  page,
}) => {
  const fixture = readFileSync('test/fixtures/answers/example-a-lindestad.json', 'utf8');
  const count = Object.keys((JSON.parse(fixture) as { answers: object }).answers).length;
  const { blocked, cspErrors } = await openOffDisk(page);
  await page.getByRole('button', { name: 'English' }).click();
  await openAnswersFile(page, 'example-a.json', fixture);
  await expect(
    page.getByRole('status').filter({ hasText: `The answers file is opened: ${count} answers.` }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByText(`There are ${count} answers saved on this device.`)).toBeVisible();

  const saved = await saveAnswersFile(page);
  expect(saved.name).toMatch(/^partnership-mirror-.*\.json$/);
  expect((JSON.parse(saved.text) as { answers: object }).answers).toEqual(
    (JSON.parse(fixture) as { answers: object }).answers,
  );

  await page.getByRole('button', { name: 'Start again' }).first().click();
  await page.getByRole('button', { name: 'Delete my answers' }).click();
  await expect(page.getByText(`There are ${count} answers saved on this device.`)).toBeHidden();
  await openAnswersFile(page, saved.name, saved.text);
  await expect(page.getByText(`There are ${count} answers saved on this device.`)).toBeVisible();
  expect(blocked).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('from disk: fill in the profile questions in the form; a reload keeps them', async ({ page }) => {
  const { blocked, cspErrors } = await openOffDisk(page, '#/questionnaire/profile');
  await page.getByRole('button', { name: 'English' }).click();
  await fillRequiredProfile(page, 'الحسيمة', 'Emirdağ');
  await expect(page).toHaveURL(/#\/questionnaire\/objectives/);
  await page.goto(`${fileUrl}#/questionnaire/profile`);
  await page.reload();
  await expect(page.getByRole('textbox', { name: /What is the name of your municipality\?/ })).toHaveValue(
    'الحسيمة',
  );
  await expect(page.getByRole('radio', { name: /^Destination side/ })).toBeChecked();
  expect(blocked).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('from disk: the report shows and the bilingual PDF downloads', async ({ page }) => {
  const fixture = readFileSync('test/fixtures/answers/example-a-lindestad.json', 'utf8');
  const { blocked, cspErrors } = await openOffDisk(page);
  await page.getByRole('button', { name: 'English' }).click();
  await openAnswersFile(page, 'example-a.json', fixture);
  await expect(page.getByRole('status').filter({ hasText: 'The answers file is opened' })).toBeVisible();
  await page.getByRole('link', { name: appText.nav.report, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Lindestad').first()).toBeVisible();
  const pdf = await downloadPdf(page, { language: 'Dutch and English (one PDF, both languages)' });
  expect(pdf.bytes.length).toBeGreaterThan(10_000);
  expect(blocked).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('from disk: the workshop reads three files in its worker, one of them broken, and lists them', async ({
  page,
}) => {
  // The intake worker is inlined (a blob: URL, allowed by worker-src): it must start from file://.
  // A worker that fails is ended and the page reads instead (read-files.ts): it must stay open.
  const workers: string[] = [];
  const ended: string[] = [];
  page.on('worker', (worker) => {
    workers.push(worker.url());
    worker.on('close', () => ended.push(worker.url()));
  });
  const { blocked, cspErrors } = await openOffDisk(page, '#/workshop');
  await page.getByRole('button', { name: 'English' }).click();
  const [a, b] = generateAnswerFiles(2, 9);
  await openWorkshopFiles(page, [
    { name: 'first.json', json: answerFileText(a!) },
    { name: 'broken.json', json: '{ "format": ' },
    { name: 'second.json', json: answerFileText(b!) },
  ]);
  const table = page.getByRole('table', {
    name: workshop.files.caption_other.replace('{{count}}', '2'),
  });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table).toContainText('first.json');
  await expect(table).toContainText('second.json');
  const refused = page.getByRole('region', { name: workshop.refused.title_one.replace('{{count}}', '1') });
  await expect(refused).toContainText('broken.json');
  await expect(refused).toContainText(errors.not_json);
  // The group, worked out in the same worker.
  await expect(page.getByRole('heading', { name: workshop.group.title })).toBeVisible();
  expect(workers.filter((url) => url.startsWith('blob:'))).toHaveLength(1);
  expect(ended).toEqual([]);
  expect(blocked).toEqual([]);
  expect(cspErrors).toEqual([]);
});
