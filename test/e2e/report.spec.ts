// The advice report in the built app (issue 7): fill a short profile, open the report, see the
// headings and the chart, download the bilingual PDF and read its text; axe on the page.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import enNetworkModels from '../../locales/en/networkModels.json' with { type: 'json' };
import enOptions from '../../locales/en/options.json' with { type: 'json' };
import enQuestions from '../../locales/en/questions.json' with { type: 'json' };
import enRecommendations from '../../locales/en/recommendations.json' with { type: 'json' };
import enReport from '../../locales/en/report.json' with { type: 'json' };
import enUiCompare from '../../locales/en/ui/compare.json' with { type: 'json' };
import enUiPlan from '../../locales/en/ui/plan.json' with { type: 'json' };
import enUiQuestionnaire from '../../locales/en/ui/questionnaire.json' with { type: 'json' };
import enUiReport from '../../locales/en/ui/report.json' with { type: 'json' };
import nlReport from '../../locales/nl/report.json' with { type: 'json' };
import { appText, expectNoSeriousAxeViolations, recordForeignRequests } from './helpers';

const starts = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
type ReportLocale = typeof enReport;
/** The part titles in reading order (issue 18): first steps, the advice, then what lies behind it. */
const PARTS: readonly ((r: ReportLocale) => string)[] = [
  (r) => r.nextSteps.title,
  (r) => r.recommendations.title,
  (r) => r.conditions.title,
  (r) => r.networkModel.title,
  (r) => r.indicators.title,
  (r) => r.appendix.methodTitle,
  (r) => r.appendix.title,
];
const ACTIONS = Object.values(enRecommendations).flatMap((r) =>
  'actions' in r ? Object.values(r.actions as Record<string, string>) : [],
);
const pdfText = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .normalize('NFKC')
    .replace(/\s+/g, ' ');

async function english(page: Page) {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('pm-e2e-init')) {
      sessionStorage.setItem('pm-e2e-init', '1');
      localStorage.setItem('partnership-mirror:language', 'en');
    }
  });
}

async function fillProfile(page: Page) {
  await page.goto('/#/questionnaire/profile');
  await page
    .getByRole('textbox', { name: starts(enQuestions.profile_own_municipality.label) })
    .fill('Emirdağ');
  await page
    .getByRole('textbox', { name: starts(enQuestions.profile_partner_municipality.label) })
    .fill('الحسيمة');
  await page.getByRole('radio', { name: enOptions.profile_side.destination }).check();
  await page.getByRole('textbox', { name: starts(enQuestions.profile_partnership_years.label) }).fill('12');
  await page.getByRole('button', { name: enUiQuestionnaire.section.next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Profile/);
}

test('a short profile gives a report on screen and a bilingual PDF download', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, baseURL ?? '');
  await english(page);
  await fillProfile(page);
  await page
    .getByRole('navigation', { name: appText.nav.label })
    .getByRole('link', { name: appText.nav.report })
    .click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enReport.cover.title);
  // User text is isolated on screen (U+2068 … U+2069, issue 16), so a name cannot turn its neighbours.
  await expect(
    page.getByText(/^Partnership between \u2068Emirdağ\u2069 and \u2068الحسيمة\u2069$/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    enUiReport.download.title,
    enUiCompare.title,
    ...PARTS.map((p) => p(enReport)),
    enUiPlan.title,
  ]);
  const chart = page.getByRole('figure', { name: enReport.conditions.chartCaption });
  await expect(chart.getByRole('img', { name: enReport.conditions.chartCaption })).toBeVisible();
  await expect(page.getByText(enNetworkModels.unknown.description).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('radio', { name: enUiReport.download.both }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: enUiReport.download.button }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^partnership-mirror-report-both-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = test.info().outputPath('report-both.pdf');
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: enUiReport.download.done })).toBeVisible();

  const text = pdfText(file);
  for (const part of PARTS) {
    expect(text).toContain(part(nlReport as ReportLocale));
    expect(text).toContain(part(enReport));
  }
  expect(text).toContain('Emirdağ');
  expect(text).toContain('الحسيمة');

  // The accessible route: the browser's print of this page is a tagged PDF with the same parts
  // and the same action points as the English part of the jsPDF file.
  const printed = test.info().outputPath('report-printed.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: printed, tagged: true, outline: true, format: 'A4' });
  const info = execFileSync('pdfinfo', [printed], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  expect(info).toMatch(/Tagged:\s+yes/);
  const printedText = pdfText(printed);
  for (const part of PARTS) expect(printedText).toContain(part(enReport));
  const enPart = text.slice(text.indexOf(enReport.nextSteps.title));
  const actions = ACTIONS.filter((a) => enPart.includes(a));
  // A short profile triggers no action point yet: then both say so in the same words.
  if (actions.length === 0) expect(printedText).toContain(enReport.nextSteps.none);
  for (const action of ACTIONS)
    expect([action, printedText.includes(action)]).toEqual([action, enPart.includes(action)]);
  // The page's chrome (navigation, the download panel) is not printed.
  expect(printedText).not.toContain(enUiReport.download.button);
  expect(foreign).toEqual([]);
});

test('without answers the report page says so and links to the questionnaire', async ({ page }) => {
  await english(page);
  await page.goto('/#/report');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enUiReport.title);
  await page.getByRole('link', { name: enUiReport.empty.link }).click();
  await expect(page).toHaveURL(/#\/questionnaire$/);
  await expectNoSeriousAxeViolations(page);
});
