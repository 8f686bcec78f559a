// Issue 17, what Lighthouse's best-practices audit found and the publisher's pages: the browser
// logs no issue (a CSP violation, a deprecated API) on the start, questionnaire and report pages,
// and the about page and the accessibility statement show the publisher's details, in both languages.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import enAbout from '../../locales/en/ui/about.json' with { type: 'json' };
import nlAbout from '../../locales/nl/ui/about.json' with { type: 'json' };
import nlAccessibility from '../../locales/nl/ui/accessibility.json' with { type: 'json' };
import enReport from '../../locales/en/report.json' with { type: 'json' };
import enSections from '../../locales/en/sections.json' with { type: 'json' };
import enStart from '../../locales/en/ui/start.json' with { type: 'json' };
import { expectNoSeriousAxeViolations } from './helpers';
import { visitWith } from './stable-pages';

const lindestad = readFileSync('test/fixtures/answers/example-a-lindestad.json', 'utf8');

/** Records what Chromium puts in DevTools' Issues panel, which Lighthouse counts against best practices. */
async function recordBrowserIssues(page: Page): Promise<string[]> {
  const issues: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => issues.push(`${issue.code} ${JSON.stringify(issue.details)}`));
  await cdp.send('Audits.enable');
  return issues;
}

for (const [name, path, heading] of [
  ['start', '/', enStart.title],
  ['questionnaire', '/#/questionnaire/profile', enSections.profile.title],
  ['report', '/#/report', enReport.cover.title],
] as const) {
  test(`the ${name} page logs no browser issue (CSP, deprecations)`, async ({ page }) => {
    await visitWith(page, 'en', lindestad);
    const issues = await recordBrowserIssues(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.waitForLoadState('networkidle');
    expect(issues).toEqual([]);
  });
}

test('the about page names the licence, the publisher and the source, in Dutch too', async ({ page }) => {
  await visitWith(page, 'nl');
  await page.goto('/#/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nlAbout.title);
  await expect(page.getByRole('region', { name: nlAbout.licenceHeading })).toContainText('EUPL-1.2');
  const publisher = page.getByRole('region', { name: nlAbout.publisherHeading });
  await expect(publisher.getByRole('term')).toHaveText([
    nlAbout.details.organisation,
    nlAbout.details.contact,
    nlAbout.details.source,
  ]);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: enAbout.licencesHeading }).getByRole('listitem')).toHaveCount(
    Object.keys(enAbout.licences).length,
  );
});

test('the accessibility statement gives the complaint route and dates, and passes axe in Dutch', async ({
  page,
}) => {
  await visitWith(page, 'nl');
  await page.goto('/#/accessibility');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nlAccessibility.title);
  await expect(page.getByRole('region', { name: nlAccessibility.complaintsHeading })).toContainText(
    'Nationale ombudsman',
  );
  await expect(page.getByRole('region', { name: nlAccessibility.dateHeading })).toContainText('opgesteld op');
  await expectNoSeriousAxeViolations(page);
});
