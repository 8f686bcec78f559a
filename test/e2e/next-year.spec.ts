// Next year's mirror in the built app (issue 15): compare today's answers with last year's file,
// put two action points in the plan, reload (the plan is kept), download the PDF and the CSV and
// read them; and the example, which must leave the user's stored answers byte-identical.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import enComparison from '../../locales/en/comparison.json' with { type: 'json' };
import enNetworkModels from '../../locales/en/networkModels.json' with { type: 'json' };
import enPlan from '../../locales/en/plan.json' with { type: 'json' };
import enRecommendations from '../../locales/en/recommendations.json' with { type: 'json' };
import enReport from '../../locales/en/report.json' with { type: 'json' };
import enUiCompare from '../../locales/en/ui/compare.json' with { type: 'json' };
import enUiExample from '../../locales/en/ui/example.json' with { type: 'json' };
import enUiPlan from '../../locales/en/ui/plan.json' with { type: 'json' };
import { downloadPdf, expectNoSeriousAxeViolations, openAnswersFile } from './helpers';

const fixture = (name: string) => readFileSync(`test/fixtures/answers/${name}`, 'utf8');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const STORAGE_KEY = 'partnership-mirror:answers';
const R3 = enRecommendations.R3.actions.R3_connect_peers;
const R7 = enRecommendations.R7.actions.R7_inform_public;

async function english(page: Page) {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('pm-e2e-init')) {
      sessionStorage.setItem('pm-e2e-init', '1');
      localStorage.setItem('partnership-mirror:language', 'en');
    }
  });
}

async function openEarlier(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: enUiCompare.open.button }).click();
  await (
    await chooser
  ).setFiles({
    name: 'lindestad-2025.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fixture('example-a-lindestad-earlier.json')),
  });
}

const planItem = (page: Page, action: string) =>
  page.getByRole('group', { name: new RegExp(`^${escape(action)}`) });

async function addToPlan(page: Page, action: string, owner: string, due: string, status: string) {
  const item = planItem(page, action);
  await item.getByRole('button', { name: enUiPlan.add }).click();
  await expect(item.getByRole('textbox', { name: enUiPlan.owner })).toBeFocused();
  await item.getByRole('textbox', { name: enUiPlan.owner }).fill(owner);
  await item.getByLabel(enUiPlan.due).fill(due);
  await item.getByRole('combobox', { name: enUiPlan.status }).selectOption({ label: status });
}

const pdfText = (bytes: Buffer, path: string) => {
  return import('node:fs/promises')
    .then((fs) => fs.writeFile(path, bytes))
    .then(() =>
      execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .normalize('NFKC')
        .replace(/\s+/g, ' '),
    );
};

test('compare with last year, plan two action points, reload, download PDF and CSV', async ({ page }) => {
  await english(page);
  await page.goto('/');
  await openAnswersFile(page, 'lindestad-2026.json', fixture('example-a-lindestad.json'));
  await page.goto('/#/report');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enReport.cover.title);

  await openEarlier(page);
  await expect(page.getByRole('heading', { level: 2, name: enComparison.title })).toBeVisible();
  await expect(page.getByRole('figure', { name: enComparison.chartCaption })).toBeVisible();
  await expect(
    page.getByText(
      enComparison.networkModel.moved
        .replace('{{then}}', enNetworkModels.hybrid.name)
        .replace('{{now}}', enNetworkModels.multi_actor.name),
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: enComparison.resolvedTitle })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await addToPlan(page, R3, 'Ayşe Demir', '2027-03-01', enPlan.status.in_progress);
  await addToPlan(page, R7, 'Communications; city hall', '2027-06-30', enPlan.status.planned);

  await page.reload();
  await expect(planItem(page, R3).getByRole('textbox', { name: enUiPlan.owner })).toHaveValue('Ayşe Demir');
  await expect(planItem(page, R7).getByLabel(enUiPlan.due)).toHaveValue('2027-06-30');
  await expect(planItem(page, R3).getByRole('combobox', { name: enUiPlan.status })).toHaveValue(
    'in_progress',
  );
  // The earlier file is only read, never stored: open it again for the PDF.
  await openEarlier(page);
  await expect(page.getByRole('heading', { level: 2, name: enComparison.title })).toBeVisible();

  const { bytes } = await downloadPdf(page, { language: 'English' });
  const text = await pdfText(bytes, test.info().outputPath('next-year.pdf'));
  expect(text).toContain(enComparison.title);
  expect(text).toContain(enComparison.addedTitle);
  expect(text).toContain(enPlan.title);
  expect(text).toContain('Ayşe Demir');
  expect(text).toContain('2027-03-01');
  expect(text.indexOf(enComparison.title)).toBeLessThan(text.lastIndexOf(enPlan.title));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: enUiPlan.csv }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^partnership-mirror-plan-lindestad-tepekent-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await readFile(await file.path(), 'utf8');
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(rows[0]).toBe('Action point;Owner;Date;Status');
  expect(rows).toHaveLength(3);
  expect(rows[1]).toContain(';Ayşe Demir;2027-03-01;In progress');
  expect(rows[2]).toContain(';"Communications; city hall";2027-06-30;Planned');

  const calendar = page.waitForEvent('download');
  await page.getByRole('button', { name: enUiPlan.ics }).click();
  const ics = await readFile(await (await calendar).path(), 'utf8');
  expect(ics.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(2);
  expect(ics).toContain('DTSTART;VALUE=DATE:20270301\r\n');
  expect(ics.replace(/\r\n /g, '')).toContain('Owner: Communications\\; city hall');
});

test('the example leaves the stored answers byte-identical', async ({ page }) => {
  await english(page);
  await page.goto('/');
  await openAnswersFile(page, 'havenstad.json', fixture('example-b-havenstad.json'));
  // The file is read off the page (a worker), so the autosave follows a moment later.
  const readStored = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  await expect.poll(readStored).toContain('Havenstad');
  const stored = await readStored();

  await page.getByRole('link', { name: enUiExample.startButton }).click();
  await expect(page.getByText(enUiExample.bannerTitle)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enReport.cover.title);
  // Names are isolated on screen (U+2068 … U+2069, issue 16).
  await expect(
    page.getByText(/^Partnership between \u2068Lindestad\u2069 and \u2068Tepekent\u2069$/),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // Work in the example as a user would: plan an item, download its PDF.
  await addToPlan(page, R3, 'Example owner', '2027-01-15', enPlan.status.done);
  const { bytes } = await downloadPdf(page, { language: 'English' });
  expect(await pdfText(bytes, test.info().outputPath('example.pdf'))).toContain('Lindestad');

  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(stored);
  await page.reload();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(stored);
  await page.goto('/#/report');
  await expect(
    page.getByText(/^Partnership between \u2068Havenstad\u2069 and \u2068Marsa\u2069$/),
  ).toBeVisible();
});
