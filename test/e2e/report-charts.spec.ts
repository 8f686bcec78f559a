// The screen report on a phone (issue 18, item 6): at a 390 px wide viewport every chart label is
// drawn at 12 px or more, large text still makes the labels grow, and a table either fits the
// column or scrolls in its own box with a visible cue (the page itself never scrolls sideways).
import { expect, test, type Page } from '@playwright/test';
import enReport from '../../locales/en/report.json' with { type: 'json' };
import { appText } from './helpers';

async function openExample(page: Page, width: number) {
  await page.setViewportSize({ width, height: 844 });
  await page.addInitScript(() => localStorage.setItem('partnership-mirror:language', 'en'));
  await page.goto('/#/example');
  await expect(page.getByRole('img', { name: enReport.conditions.chartCaption })).toBeVisible();
  await expect(page.getByRole('img', { name: enReport.networkModel.chartCaption })).toBeVisible();
}

/** The drawn size (px) of every label of every visible chart: its font size times the scale at
 *  which the chart is drawn. A hidden drawing (the other layout) has no box and is skipped. */
async function labelSizes(page: Page): Promise<number[]> {
  return page.locator('.pm-report__chart svg').evaluateAll((svgs) =>
    svgs
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      }),
  );
}

test('at 390 px every chart label of the example report is at least 12 px', async ({ page }) => {
  await openExample(page, 390);
  const sizes = await labelSizes(page);
  // Two charts (the six dimensions, the four network models), each with many labels.
  expect(sizes.length).toBeGreaterThan(12);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  // No chart is wider than its column.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('large text makes the chart labels grow, and at 390 px they stay at least 12 px', async ({ page }) => {
  await openExample(page, 1280);
  const normal = Math.min(...(await labelSizes(page)));
  await page.getByRole('button', { name: appText.largeText.label }).click();
  await expect(page.locator('.pm-app.pm-large-text')).toBeVisible();
  const large = Math.min(...(await labelSizes(page)));
  expect(large).toBeGreaterThan(normal * 1.2);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(Math.min(...(await labelSizes(page)))).toBeGreaterThanOrEqual(12);
});

test('at 390 px a table fits its column or scrolls in a focusable box with a visible cue', async ({
  page,
}) => {
  await openExample(page, 390);
  const tables = await page.locator('.pm-report__table-wrap').evaluateAll((wraps) =>
    wraps.map((w) => ({
      name: w.getAttribute('aria-label'),
      overflows: w.scrollWidth > w.clientWidth + 1,
      focusable: (w as HTMLElement).tabIndex === 0,
      // The edge shadows that show there is more to the side.
      cue: getComputedStyle(w).backgroundImage.includes('radial-gradient'),
      right: w.getBoundingClientRect().right,
      // The narrowest column: a squeezed column would put a letter or two on each line.
      narrowest: Math.min(...[...w.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect().width)),
    })),
  );
  expect(tables.length).toBeGreaterThan(3);
  for (const t of tables) {
    expect(t.right, `${t.name} stays inside the page`).toBeLessThanOrEqual(390);
    expect(t.narrowest, `${t.name}: no column squeezed`).toBeGreaterThanOrEqual(60);
    if (t.overflows) expect([t.name, t.focusable, t.cue]).toEqual([t.name, true, true]);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
