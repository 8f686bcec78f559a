import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import enStart from '../../locales/en/ui/start.json' with { type: 'json' };
import nlStart from '../../locales/nl/ui/start.json' with { type: 'json' };
import { expectNoSeriousAxeViolations, recordForeignRequests } from './helpers';

test('the start page switches language both ways, sets <html lang> and remembers it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nlStart.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enStart.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nlStart.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expectNoSeriousAxeViolations(page);
});

test('the start page says how long it takes and that answers stay on this device', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText(enStart.duration)).toBeVisible();
  await expect(page.getByText(enStart.privacy)).toBeVisible();
});

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to main content|naar de hoofdinhoud/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('loading the app makes no request to another host', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, baseURL ?? '');
  await page.goto('/');
  await page
    .getByRole('link', { name: /questionnaire|vragenlijst/i })
    .first()
    .click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('the built index.html carries a Content-Security-Policy without outside origins', async () => {
  const dist = process.env.E2E_DIST ?? 'dist-e2e';
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll(
    '&#39;',
    "'",
  );
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:|\*/);
  expect(readdirSync(`${dist}/assets`).length).toBeGreaterThan(0);
});
