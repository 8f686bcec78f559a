// Issue 9, item 3: no data leaves the device. The policy forbids other origins, and a run through
// the whole app records every request and fails on any that is not the app's own.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FIRST_LOAD_HINT_HASH } from '../../scripts/hosting-headers';
import { FIRST_LOAD_DATA_ID, FIRST_LOAD_HINT_SCRIPT } from '../../src/ui/first-load-hint';
import {
  appText,
  downloadPdf,
  fillRequiredProfile,
  openAnswersFile,
  openWorkshopFiles,
  recordForeignRequests,
  saveAnswersFile,
} from './helpers';

const dist = process.env.E2E_DIST ?? 'dist-e2e';

function builtPolicy(): Map<string, string[]> {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const content = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll(
    '&#39;',
    "'",
  );
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

test('the policy allows only the app itself: no outside origin, no eval, one inline script by hash', () => {
  const policy = builtPolicy();
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'", FIRST_LOAD_HINT_HASH]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  for (const [name, sources] of policy) {
    for (const source of sources) expect(`${name} ${source}`).not.toMatch(/https?:|\*|'unsafe-eval'|wss?:/);
  }
});

test('the built page runs no inline script but the first-load hint (the service worker registers from a file)', () => {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '', body = '']) => !/\bsrc=/.test(attrs) || body.trim() !== '')
    // A JSON data block is never run (and the hint reads only its file names).
    .filter(([, attrs = '']) => !attrs.includes(`type="application/json" id="${FIRST_LOAD_DATA_ID}"`))
    .map(([, , body]) => body);
  expect(inline).toEqual([FIRST_LOAD_HINT_SCRIPT]);
  expect(html).toContain('registerSW.js');
});

test('visiting every page asks nothing of another origin', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, baseURL ?? '');
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  for (const name of [
    appText.nav.questionnaire,
    appText.nav.report,
    appText.nav.workshop,
    appText.nav.start,
  ]) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('answering, saving and opening an answers file asks nothing of another origin', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL ?? '');
  await page.goto('/#/questionnaire/profile');
  await page.getByRole('button', { name: 'English' }).click();
  await fillRequiredProfile(page, 'Emirdağ', 'Al Hoceïma');
  await expect(page).toHaveURL(/#\/questionnaire\/objectives/);
  await page.goto('/#/check');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/');
  const saved = await saveAnswersFile(page);
  await page.getByRole('button', { name: 'Start again' }).first().click();
  await page.getByRole('button', { name: 'Delete my answers' }).click();
  await openAnswersFile(page, saved.name, saved.text);
  await expect(page.getByRole('status').filter({ hasText: 'The answers file is opened' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('the report, its PDF download and a workshop run with a group PDF ask nothing of another origin', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL ?? '');
  await page.goto('/#/questionnaire/profile');
  await page.getByRole('button', { name: 'English' }).click();
  await fillRequiredProfile(page, 'Emirdağ', 'Al Hoceïma');
  await page.getByRole('link', { name: appText.nav.report, exact: true }).click();
  await expect(page.getByText('Emirdağ').first()).toBeVisible();
  await downloadPdf(page, { language: 'Dutch and English (one PDF, both languages)' });

  await page.getByRole('link', { name: appText.nav.workshop, exact: true }).click();
  await openWorkshopFiles(
    page,
    ['example-a-lindestad', 'example-b-havenstad', 'example-c-korfezkent'].map((name) => ({
      name: `${name}.json`,
      json: readFileSync(`test/fixtures/answers/${name}.json`, 'utf8'),
    })),
  );
  await expect(page.getByRole('heading', { name: 'Group view' })).toBeVisible();
  await downloadPdf(page, { button: 'Download group report (PDF)', language: 'Both: Dutch and English' });
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
