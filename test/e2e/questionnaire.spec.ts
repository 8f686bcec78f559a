// The questionnaire in the built app (issue 6): a keyboard-only walk in Dutch, the 360 px
// phone layout, axe on every page, and screenshots (test artefacts; with UPDATE_SCREENSHOTS=1 they
// replace the README's images in docs/screenshots).
import { expect, test, type Locator, type Page } from '@playwright/test';
import enOptions from '../../locales/en/options.json' with { type: 'json' };
import enQuestions from '../../locales/en/questions.json' with { type: 'json' };
import enSections from '../../locales/en/sections.json' with { type: 'json' };
import enUi from '../../locales/en/ui/questionnaire.json' with { type: 'json' };
import nlOptions from '../../locales/nl/options.json' with { type: 'json' };
import nlQuestions from '../../locales/nl/questions.json' with { type: 'json' };
import nlSections from '../../locales/nl/sections.json' with { type: 'json' };
import nlUi from '../../locales/nl/ui/questionnaire.json' with { type: 'json' };
import nlStart from '../../locales/nl/ui/start.json' with { type: 'json' };
import { expectNoSeriousAxeViolations } from './helpers';

// A test run must not change tracked files: screenshots go to test-results unless asked for.
const shot = (name: string) =>
  process.env.UPDATE_SCREENSHOTS === '1'
    ? `docs/screenshots/${name}.png`
    : `test-results/screenshots/${name}.png`;

const SECTIONS = Object.keys(enSections) as (keyof typeof enSections)[];
const starts = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function useLanguage(page: Page, language: 'nl' | 'en') {
  await page.addInitScript((lng) => {
    if (!sessionStorage.getItem('pm-e2e-init')) {
      sessionStorage.setItem('pm-e2e-init', '1');
      localStorage.setItem('partnership-mirror:language', lng);
    }
  }, language);
}

/** Presses Tab (only Tab) until the target has focus. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function nextPage(page: Page, name: string, nextTitle: string) {
  const next = page.getByRole('button', { name, exact: true });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(nextTitle);
  await expect(h1).toBeFocused();
}

test('a keyboard-only walk in Dutch reaches "check your answers"; English shows the same answers', async ({
  page,
}) => {
  await useLanguage(page, 'nl');
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: nlStart.startButton }));
  await page.keyboard.press('Enter');
  // The questionnaire's code loads on demand; its heading still receives focus on arrival.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nlUi.overview.title);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: nlSections.profile.title }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nlSections.profile.title);

  // Next without answers: the error summary takes focus and its links lead to the fields.
  await tabTo(page, page.getByRole('button', { name: nlUi.section.next, exact: true }));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading')).toHaveText(nlUi.errorSummary.title);
  await expect(page.locator('.pm-error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const own = page.getByRole('textbox', { name: starts(nlQuestions.profile_own_municipality.label) });
  await expect(own).toBeFocused();

  await page.keyboard.type('Lindestad');
  await tabTo(
    page,
    page.getByRole('textbox', { name: starts(nlQuestions.profile_partner_municipality.label) }),
  );
  await page.keyboard.type('Tepekent');
  await tabTo(page, page.getByRole('radio', { name: nlOptions.profile_side.destination }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('radio', { name: nlOptions.profile_role.international_officer }));
  await page.keyboard.press('ArrowDown'); // arrows move and choose within a radio group
  await expect(page.getByRole('radio', { name: nlOptions.profile_role.department_officer })).toBeChecked();
  await tabTo(page, page.getByRole('textbox', { name: starts(nlQuestions.profile_partnership_years.label) }));
  await page.keyboard.type('12'); // whole years (issue 17)
  await nextPage(page, nlUi.section.next, nlSections.objectives.title);

  // obj_partner_objectives (catalogue "2") has the same options: look inside the own aims' group.
  const ownAims = page.getByRole('group', { name: starts(nlQuestions.obj_main_objectives.label) });
  await tabTo(page, ownAims.getByRole('checkbox', { name: nlOptions.obj_main_objectives.local_governance }));
  await page.keyboard.press('Space');
  const clear = page.getByRole('radiogroup', { name: starts(nlQuestions.obj_objectives_clear.label) });
  await tabTo(page, clear.getByRole('radio').first());
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(clear.getByRole('radio').nth(3)).toBeChecked();
  await nextPage(page, nlUi.section.next, nlSections.actors.title);

  const own_types = page.getByRole('group', {
    name: starts(nlQuestions.act_actor_types_own.label_destination),
  });
  await tabTo(page, own_types.getByRole('checkbox').first());
  await page.keyboard.press('Space');
  const cso = page.getByRole('radiogroup', { name: starts(nlQuestions.act_cso_role.label) });
  await tabTo(page, cso.getByRole('radio').first());
  await page.keyboard.press('ArrowDown');
  await expect(cso.getByRole('radio', { name: nlOptions.act_cso_role.marginal })).toBeChecked();
  await expect(
    page.getByRole('radiogroup', { name: starts(nlQuestions.act_municipal_support_cso.label) }),
  ).toBeVisible();
  const higher = page.getByRole('radiogroup', { name: starts(nlQuestions.act_higher_levels.label) });
  await tabTo(page, higher.getByRole('radio').first());
  await page.keyboard.press('Space');
  await nextPage(page, nlUi.section.next, nlSections.translocal.title);

  const link = page.getByRole('radiogroup', { name: starts(nlQuestions.tl_diaspora_link.label_destination) });
  await tabTo(page, link.getByRole('radio').first());
  await page.keyboard.press('Space');
  await nextPage(page, nlUi.section.next, nlSections.exchange.title);

  await tabTo(page, page.getByRole('checkbox', { name: nlOptions.ex_methods.peer_to_peer }));
  await page.keyboard.press('Space');
  await nextPage(page, nlUi.section.next, nlSections.learning.title);
  await nextPage(page, nlUi.section.next, nlSections.conditions.title);
  await nextPage(page, nlUi.section.next, nlSections.outcomes.title);
  await nextPage(page, nlUi.section.toCheck, nlUi.check.title);

  const dutch = [
    'Lindestad',
    'Tepekent',
    nlOptions.profile_side.destination,
    nlOptions.profile_role.department_officer,
    '12 jaar',
    nlOptions.act_cso_role.marginal,
  ];
  for (const text of dutch) await expect(page.getByText(text, { exact: true }).first()).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'English' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enUi.check.title);
  const english = [
    'Lindestad',
    'Tepekent',
    enOptions.profile_side.destination,
    enOptions.profile_role.department_officer,
    '12 years',
    enOptions.act_cso_role.marginal,
  ];
  for (const text of english) await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/check');
});

test('on a 360×740 screen nothing scrolls sideways and the scale stacks', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await useLanguage(page, 'en');
  for (const hash of [
    '#/questionnaire',
    '#/questionnaire/profile',
    '#/questionnaire/conditions',
    '#/check',
  ]) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, hash).toBeLessThanOrEqual(0);
  }
  await page.goto('/#/questionnaire/conditions');
  const scale = page.getByRole('radiogroup', { name: starts(enQuestions.cond_capacity.label) });
  const first = await scale.getByRole('radio').nth(0).boundingBox();
  const second = await scale.getByRole('radio').nth(1).boundingBox();
  expect(second!.y).toBeGreaterThan(first!.y);
  await scale.getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.getByRole('button', { name: enUi.section.next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enSections.outcomes.title);
});

test('axe finds no serious problems on the overview, every section and the check page', async ({ page }) => {
  await useLanguage(page, 'en');
  await page.goto('/#/questionnaire/actors');
  // Show the conditional questions too.
  await page
    .getByRole('radiogroup', { name: starts(enQuestions.act_cso_role.label) })
    .getByRole('radio', { name: enOptions.act_cso_role.central })
    .check();
  await page.goto('/#/questionnaire');
  await expectNoSeriousAxeViolations(page);
  for (const section of SECTIONS) {
    await page.goto(`/#/questionnaire/${section}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(enSections[section].title);
    await expectNoSeriousAxeViolations(page);
  }
  await page.goto('/#/questionnaire/profile');
  await page.getByRole('button', { name: enUi.section.next, exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto('/#/check');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enUi.check.title);
  await expectNoSeriousAxeViolations(page);
});

test('screenshots: overview, a section with an error summary, check your answers', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  await useLanguage(page, 'en');
  await page.goto('/#/questionnaire/profile');
  await page
    .getByRole('textbox', { name: starts(enQuestions.profile_own_municipality.label) })
    .fill('Lindestad');
  await page
    .getByRole('textbox', { name: starts(enQuestions.profile_partner_municipality.label) })
    .fill('Tepekent');
  await page.getByRole('radio', { name: enOptions.profile_side.destination }).check();
  await page.getByRole('textbox', { name: starts(enQuestions.profile_partnership_years.label) }).fill('12');
  await page.getByRole('button', { name: enUi.section.next, exact: true }).click();
  await page
    .getByRole('group', { name: starts(enQuestions.obj_main_objectives.label) })
    .getByRole('checkbox', { name: enOptions.obj_main_objectives.integration_cohesion })
    .check();
  const clear = page.getByRole('radiogroup', { name: starts(enQuestions.obj_objectives_clear.label) });
  await clear.getByRole('radio', { name: 'Agree', exact: true }).check();

  await page.goto('/#/questionnaire');
  await expect(
    page.getByText(enUi.overview.progress.replace('{{answered}}', '6').replace('{{total}}', '55')),
  ).toBeVisible();
  await page.screenshot({ path: shot('questionnaire-overview'), fullPage: true });

  await page.goto('/#/questionnaire/actors');
  await page.getByRole('button', { name: enUi.section.next, exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.screenshot({ path: shot('questionnaire-error-summary') });

  await page.goto('/#/check');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enUi.check.title);
  await page.screenshot({ path: shot('questionnaire-check-answers') });
});
