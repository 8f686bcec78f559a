// Issue 17: pages must not jump while they load (Lighthouse measured CLS 0.48 on the questionnaire
// and 0.58 on the report). Chromium's layout-shift entries, summed, stay at or below 0.05 on a
// cold load and after following a link to a lazily loaded page, on a slowed-down network.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import enStart from '../../locales/en/ui/start.json' with { type: 'json' };
import enSections from '../../locales/en/sections.json' with { type: 'json' };
import enUiQuestionnaire from '../../locales/en/ui/questionnaire.json' with { type: 'json' };
import { layoutShift, observeLayoutShift, slowNetwork, visitWith } from './stable-pages';

const lindestad = readFileSync('test/fixtures/answers/example-a-lindestad.json', 'utf8');
const BUDGET = 0.05;
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

for (const viewport of [
  { name: 'desktop', width: 1350, height: 940 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(`${viewport.name} (${viewport.width} px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the questionnaire opened directly does not shift', async ({ page }) => {
      await visitWith(page, 'en');
      await observeLayoutShift(page);
      await slowNetwork(page);
      await page.goto('/#/questionnaire/profile');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(enSections.profile.title);
      await settle();
      const { cls, shifts } = await layoutShift(page);
      test.info().annotations.push({ type: 'CLS', description: cls.toFixed(4) });
      expect(cls, shifts.join('\n')).toBeLessThanOrEqual(BUDGET);
    });

    test('the report opened directly does not shift', async ({ page }) => {
      await visitWith(page, 'en', lindestad);
      await observeLayoutShift(page);
      await slowNetwork(page);
      await page.goto('/#/report');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('img').first()).toBeVisible();
      await settle();
      const { cls, shifts } = await layoutShift(page);
      test.info().annotations.push({ type: 'CLS', description: cls.toFixed(4) });
      expect(cls, shifts.join('\n')).toBeLessThanOrEqual(BUDGET);
    });

    test('following a link from the start page to the lazily loaded questionnaire and report does not shift', async ({
      page,
    }) => {
      await visitWith(page, 'en', lindestad);
      await observeLayoutShift(page);
      await slowNetwork(page, 800);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(enStart.title);
      await page.getByRole('link', { name: enStart.startButton }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(enUiQuestionnaire.overview.title);
      await settle();
      await page.getByRole('link', { name: 'Report', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(enUiQuestionnaire.overview.title);
      await settle();
      const { cls, shifts } = await layoutShift(page);
      test.info().annotations.push({ type: 'CLS', description: cls.toFixed(4) });
      expect(cls, shifts.join('\n')).toBeLessThanOrEqual(BUDGET);
    });
  });
}
