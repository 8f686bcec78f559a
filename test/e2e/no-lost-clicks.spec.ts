// Issue 17, found on a 390 px phone: after "Next" with errors, correcting a field removed its
// message on leaving the field, the page moved up under the pointer and the next click missed.
// Errors now come and go on "Next" only. Clicks here are real pointer clicks at the spot where the
// target was before the click (mousedown, then mouseup), as a person's finger would land.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import enOptions from '../../locales/en/options.json' with { type: 'json' };
import enQuestions from '../../locales/en/questions.json' with { type: 'json' };
import enSections from '../../locales/en/sections.json' with { type: 'json' };
import enUi from '../../locales/en/ui/questionnaire.json' with { type: 'json' };
import { visitWith } from './stable-pages';

const starts = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test.use({ viewport: { width: 390, height: 844 } });

/** Presses and releases the pointer at the target's centre as it is now. */
async function pointerClick(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (box === null) throw new Error(`${target.toString()} is not visible`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test('after an error, one click selects the next option and one click on Next moves on', async ({ page }) => {
  await visitWith(page, 'en');
  await page.goto('/#/questionnaire/profile');
  const next = page.getByRole('button', { name: enUi.section.next, exact: true });
  await pointerClick(page, next);
  await expect(page.getByRole('alert').getByRole('link')).toHaveCount(3);

  await page
    .getByRole('textbox', { name: starts(enQuestions.profile_own_municipality.label) })
    .fill('Lindestad');
  const partner = page.getByRole('textbox', { name: starts(enQuestions.profile_partner_municipality.label) });
  await pointerClick(page, partner);
  await page.keyboard.type('Tepekent');
  // The click that leaves the text box must select the option, the first time.
  const destination = page.getByRole('radio', { name: starts(enOptions.profile_side.destination) });
  await pointerClick(page, destination);
  await expect(destination).toBeChecked();

  // "20,5" years: whole years are asked for; after the fix, one click on Next moves on.
  const years = page.getByRole('textbox', { name: starts(enQuestions.profile_partnership_years.label) });
  await pointerClick(page, years);
  await page.keyboard.type('20,5');
  await pointerClick(page, next);
  await expect(page.getByRole('alert')).toContainText('whole years');
  await pointerClick(page, years);
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await pointerClick(page, next);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enSections.objectives.title);
});

test('"Change" on the check page, then Next, returns to the check page', async ({ page }) => {
  await visitWith(page, 'en', readFileSync('test/fixtures/answers/example-a-lindestad.json', 'utf8'));
  await page.goto('/#/check');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enUi.check.title);
  await page
    .getByRole('link', {
      name: `${enUi.check.change} ${enUi.check.changeHidden.replace('{{question}}', enQuestions.act_cso_role.label)}`,
    })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enSections.actors.title);
  await page
    .getByRole('radiogroup', { name: starts(enQuestions.act_cso_role.label) })
    .getByRole('radio', { name: starts(enOptions.act_cso_role.central) })
    .check();
  await page.getByRole('button', { name: enUi.section.toCheck }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enUi.check.title);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
