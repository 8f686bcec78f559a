// Issue 4: answers are never lost. Autosave across reloads and new pages, export → start again →
// import gives the same answers, and a broken file is announced without touching anything.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import errors from '../../locales/en/errors/answersFile.json' with { type: 'json' };
import options from '../../locales/en/options.json' with { type: 'json' };
import questions from '../../locales/en/questions.json' with { type: 'json' };
import report from '../../locales/en/report.json' with { type: 'json' };
import io from '../../locales/en/ui/io.json' with { type: 'json' };
import { expectNoSeriousAxeViolations } from './helpers';

const STORAGE_KEY = 'partnership-mirror:answers';
const fixture = (name: string) => `test/fixtures/answers/${name}`;
const exampleA = JSON.parse(readFileSync(fixture('example-a-lindestad.json'), 'utf8'));
/** i18next interpolation, for the few texts with parameters. */
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

async function storedAnswers(page: Page): Promise<unknown> {
  return page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text === null ? null : JSON.parse(text).answers;
  }, STORAGE_KEY);
}

async function openStart(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
}

async function openAnswersFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: io.open.button }).click();
  await (await chooser).setFiles(path);
}

test('answers survive a reload and a new page in the same browser', async ({ page, context }) => {
  await openStart(page);
  await page.goto('/#/questionnaire/profile');
  const own = page.getByRole('textbox', { name: questions.profile_own_municipality.label });
  const partner = page.getByRole('textbox', { name: questions.profile_partner_municipality.label });
  await own.fill('Haarlem');
  await partner.fill('Emirdağ');
  await page.getByRole('radio', { name: options.profile_side.destination }).check();
  await expect
    .poll(() => storedAnswers(page))
    .toEqual({
      profile_own_municipality: 'Haarlem',
      profile_partner_municipality: 'Emirdağ',
      profile_side: 'destination',
    });

  await page.reload();
  await expect(page.getByRole('textbox', { name: questions.profile_own_municipality.label })).toHaveValue(
    'Haarlem',
  );
  await expect(page.getByRole('textbox', { name: questions.profile_partner_municipality.label })).toHaveValue(
    'Emirdağ',
  );
  await expect(page.getByRole('radio', { name: options.profile_side.destination })).toBeChecked();

  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByText(fill(io.continue.saved_other, { count: 3 }))).toBeVisible();
  await expect(again.getByRole('status', { name: io.autosave.label })).toHaveText(io.autosave.restored);
  await again.goto('/#/questionnaire/profile');
  await expect(
    again.getByRole('textbox', { name: questions.profile_partner_municipality.label }),
  ).toHaveValue('Emirdağ');
});

test('save the answers file, start again, open it: the same answers', async ({ page }) => {
  await openStart(page);
  await openAnswersFile(page, fixture('example-a-lindestad.json'));
  await expect(page.getByText(fill(io.open.done_other, { count: 60 }))).toBeVisible();
  await expect.poll(() => storedAnswers(page)).toEqual(exampleA.answers);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: io.save.button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^partnership-mirror-lindestad-tepekent-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8'));
  // The fixture is a catalogue "1" file; it opens through the migration and is saved as "2".
  expect(saved).toMatchObject({
    format: 'partnership-mirror/answers',
    formatVersion: 1,
    catalogueVersion: '2',
  });
  expect(saved.answers).toEqual(exampleA.answers);

  await page.getByRole('button', { name: io.startAgain.button }).click();
  const dialog = page.getByRole('alertdialog', { name: io.startAgain.title });
  await expect(dialog).toBeFocused();
  await dialog.getByRole('button', { name: io.startAgain.confirm }).click();
  await expect(page.getByText(io.startAgain.doneUndo)).toBeVisible();
  await expect.poll(() => storedAnswers(page)).toBeNull();
  await expect(page.getByRole('heading', { name: io.continue.title })).toHaveCount(0);

  await openAnswersFile(page, (await file.path()) ?? '');
  await expect(page.getByText(fill(io.open.done_other, { count: 60 }))).toBeVisible();
  await expect.poll(() => storedAnswers(page)).toEqual(exampleA.answers);
  await page.reload();
  await expect(page.getByText(fill(io.continue.saved_other, { count: 60 }))).toBeVisible();
});

test('a catalogue "1" file: the report says once that two questions were added, also after a reload', async ({
  page,
}) => {
  // The sentence after the version number, so the isolated parameter does not matter.
  const added = /Two questions were added after it was made/;
  await openStart(page);
  await openAnswersFile(page, fixture('example-a-lindestad.json'));
  await expect(page.getByText(fill(io.open.done_other, { count: 60 }))).toBeVisible();
  await page.goto('/#/report');
  await expect(page.getByText(added)).toHaveCount(1);
  expect(report.notes.migrated).toMatch(added);

  // A change is saved as catalogue "2"; the note stays while the two questions are unanswered.
  await page.goto('/#/questionnaire/profile');
  const label = page.getByRole('textbox', { name: questions.profile_partner_municipality.label });
  await label.fill('Tepekent ');
  await page.reload();
  await page.goto('/#/report');
  await expect(page.getByText(added)).toHaveCount(1);

  // Answering one of them makes the note untrue, so it goes.
  await page.goto('/#/questionnaire/objectives');
  await page.getByRole('textbox', { name: questions.obj_projects_text.label }).fill('Afvalbeheer');
  await page.goto('/#/report');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(added)).toHaveCount(0);
});

test('a broken file: the problems are announced and the earlier answers stay', async ({ page }) => {
  await openStart(page);
  await openAnswersFile(page, fixture('example-a-lindestad.json'));
  await expect.poll(() => storedAnswers(page)).toEqual(exampleA.answers);

  await openAnswersFile(page, fixture('hostile/null-values.json'));
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: fill(io.problems.title_other, { count: 3 }) }),
  ).toBeVisible();
  await expect(alert).toBeFocused();
  await expect(alert.getByRole('listitem')).toHaveText([
    `${questions.profile_side.label}: ${errors.null_value}`,
    `${questions.act_actor_types_own.label}: ${errors.null_value}`,
    `${questions.cond_trust_continuity.label}: ${errors.null_value}`,
  ]);
  await expect(alert.getByText(io.problems.unchanged)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await openAnswersFile(page, fixture('hostile/proto.json'));
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
    fill(errors.forbidden_key, { key: '__proto__' }),
  ]);

  expect(await storedAnswers(page)).toEqual(exampleA.answers);
  await page.reload();
  await expect(page.getByText(fill(io.continue.saved_other, { count: 60 }))).toBeVisible();
});

test('opening a file over existing answers asks first; "no" keeps them', async ({ page }) => {
  await openStart(page);
  await openAnswersFile(page, fixture('turkish.json'));
  await expect.poll(() => storedAnswers(page)).toMatchObject({ profile_partner_municipality: 'Emirdağ' });
  await openAnswersFile(page, fixture('example-a-lindestad.json'));
  const dialog = page.getByRole('alertdialog', { name: io.replace.title });
  await expect(dialog).toBeFocused();
  await dialog.getByRole('button', { name: io.replace.cancel }).click();
  expect(await storedAnswers(page)).toMatchObject({ profile_partner_municipality: 'Emirdağ' });
  await openAnswersFile(page, fixture('example-a-lindestad.json'));
  await page.getByRole('button', { name: io.replace.confirm }).click();
  await expect.poll(() => storedAnswers(page)).toEqual(exampleA.answers);
});
