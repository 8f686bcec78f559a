import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedT } from '../../../src/i18n/setup';
import { useAnswers, type AnswersState } from '../../../src/ui/answers-store';
import { AnswersFilePanel } from '../../../src/ui/io/AnswersFilePanel';
import { renderWithProviders } from '../providers';

const tEn = fixedT('en', { strict: true });
// Relative to the repository root (Vitest's working directory); jsdom has no file: import.meta.url.
const fixture = (path: string) => readFileSync(resolve('test/fixtures/answers', path));
const asFile = (path: string, name = path.split('/').pop() ?? path) =>
  new File([new Uint8Array(fixture(path))], name, { type: 'application/json' });

/** jsdom's Blob has no text(); FileReader it has. */
const readBlob = (blob: Blob) =>
  new Promise<string>((done) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result));
    reader.readAsText(blob);
  });

/** Shows the store's answers as the rest of the app would see them. */
function AnswersProbe() {
  const { answers } = useAnswers();
  return <output aria-label="current answers">{JSON.stringify(answers)}</output>;
}

const existing: AnswersState = {
  answers: { profile_own_municipality: 'Haarlem', profile_side: 'source' },
  respondentLabel: '',
};

function setup(initial?: AnswersState) {
  const onChange = vi.fn();
  renderWithProviders(
    <>
      <AnswersFilePanel />
      <AnswersProbe />
    </>,
    { initial, onChange },
  );
  const user = userEvent.setup();
  const open = (file: File) => user.upload(screen.getByLabelText(tEn('ui.io.open.inputLabel')), file);
  const current = () => JSON.parse(screen.getByRole('status', { name: 'current answers' }).textContent ?? '');
  return { user, open, onChange, current };
}

describe('AnswersFilePanel', () => {
  it('lists every problem of a refused file in an alert and keeps the answers untouched', async () => {
    const { open, onChange, current } = setup(existing);
    await open(asFile('hostile/null-values.json'));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: tEn('ui.io.problems.title', { count: 3 }) }),
    ).toBeVisible();
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      tEn('ui.io.problems.item', {
        question: tEn('questions.profile_side.label', { context: 'source' }),
        problem: tEn('errors.answersFile.null_value'),
      }),
      tEn('ui.io.problems.item', {
        question: tEn('questions.act_actor_types_own.label', { context: 'source' }),
        problem: tEn('errors.answersFile.null_value'),
      }),
      tEn('ui.io.problems.item', {
        question: tEn('questions.cond_trust_continuity.label', { context: 'source' }),
        problem: tEn('errors.answersFile.null_value'),
      }),
    ]);
    expect(alert).toHaveFocus();
    expect(current()).toEqual(existing.answers);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('names unknown question ids and file-level problems', async () => {
    const { open } = setup();
    await open(asFile('hostile/unknown-ids.json'));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(tEn('errors.answersFile.unknown_question', { questionId: 'cond_trust' })),
    ).toBeVisible();
    await open(asFile('hostile/version-99.json'));
    expect(await screen.findByText(tEn('errors.answersFile.newer_version', { version: 99 }))).toBeVisible();
  });

  it('opens a good file straight away when there are no answers yet', async () => {
    const { open, current } = setup();
    await open(asFile('example-a-lindestad.json'));
    expect(await screen.findByText(tEn('ui.io.open.done', { count: 60 }))).toBeVisible();
    expect(current()).toEqual(JSON.parse(fixture('example-a-lindestad.json').toString()).answers);
  });

  it('asks before replacing answers, and keeps them when the user says no', async () => {
    const { user, open, current, onChange } = setup(existing);
    await open(asFile('turkish.json'));
    const dialog = await screen.findByRole('alertdialog', { name: tEn('ui.io.replace.title') });
    expect(dialog).toHaveAccessibleDescription(
      tEn('ui.io.replace.body', { count: 2, fileName: 'turkish.json', fileCount: 5 }),
    );
    expect(dialog).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: tEn('ui.io.replace.cancel') }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(current()).toEqual(existing.answers);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: tEn('ui.io.open.button') })).toHaveFocus();
  });

  it('asks too when only an action plan would be lost', async () => {
    const { user, open, onChange } = setup({
      answers: {},
      respondentLabel: '',
      plan: [{ actionId: 'R3_connect_peers', status: 'planned' }],
    });
    await open(asFile('turkish.json'));
    const dialog = await screen.findByRole('alertdialog', { name: tEn('ui.io.replace.title') });
    await user.click(within(dialog).getByRole('button', { name: tEn('ui.io.replace.cancel') }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('replaces the answers after the user agrees', async () => {
    const { user, open, current } = setup(existing);
    await open(asFile('turkish.json'));
    await user.click(await screen.findByRole('button', { name: tEn('ui.io.replace.confirm') }));
    expect(current()).toEqual(JSON.parse(fixture('turkish.json').toString()).answers);
    expect(screen.getByText(tEn('ui.io.open.done', { count: 5 }))).toBeVisible();
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const { open, current } = setup(existing);
    const big = new File(['x'.repeat(2 * 1024 * 1024)], 'big.json', { type: 'application/json' });
    await open(big);
    expect(await screen.findByText(tEn('errors.answersFile.too_large', { maxMb: 1 }))).toBeVisible();
    expect(current()).toEqual(existing.answers);
  });

  describe('saving', () => {
    let saved: Blob[] = [];
    beforeEach(() => {
      saved = [];
      URL.createObjectURL = vi.fn((blob: Blob) => {
        saved.push(blob);
        return 'blob:test';
      });
      URL.revokeObjectURL = vi.fn();
      // jsdom does not navigate; a click on the download link is enough.
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    });
    afterEach(() => vi.restoreAllMocks());

    it('downloads the answers as a file named after the two municipalities', async () => {
      const { user } = setup(existing);
      await user.click(screen.getByRole('button', { name: tEn('ui.io.save.button') }));
      expect(saved).toHaveLength(1);
      const json = JSON.parse(await readBlob(saved[0]!));
      expect(json.answers).toEqual(existing.answers);
      expect(screen.getByText(/partnership-mirror-haarlem-partner-\d{4}-\d{2}-\d{2}\.json/)).toBeVisible();
    });

    it('with no answers, downloads nothing and says why', async () => {
      const { user } = setup();
      await user.click(screen.getByRole('button', { name: tEn('ui.io.save.button') }));
      expect(saved).toHaveLength(0);
      expect(screen.getByText(tEn('ui.io.save.nothing'))).toBeVisible();
    });
  });
});
