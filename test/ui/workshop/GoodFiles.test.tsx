// Issue 16: a large set is listed a hundred rows at a time, so opening 1,000 files never lays out
// 1,000 rows at once; "Show more" and "Show all" add the rest, and focus goes to the first row added.
// (130 files: enough to page, few enough for jsdom.)
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addFiles, EMPTY_INTAKE } from '../../../src/group/intake';
import { createI18n } from '../../../src/i18n/setup';
import { GoodFiles, ROWS_PER_PAGE } from '../../../src/ui/workshop/GoodFiles';
import { answerFileText, generateAnswerFiles } from '../../fixtures/generate-answers';
import { renderWithProviders } from '../providers';

const en = createI18n('en', { strict: true });
const tEn = (key: string, options: Record<string, unknown> = {}) => String(en.t(key, options));

const COUNT = ROWS_PER_PAGE + 30;
const good = addFiles(
  EMPTY_INTAKE,
  generateAnswerFiles(COUNT, 16).map((f, i) => ({ name: `p${i}.json`, content: answerFileText(f) })),
).good;

// Plain selectors: role queries over a few hundred rows are slow in jsdom.
const rowsOf = () => [...document.querySelectorAll('tbody tr')];
const removeButtonOf = (row: Element | undefined) => row?.querySelector('button');

describe('GoodFiles with a large set', () => {
  it('lists the first hundred, says how many are shown, and adds the rest on request', async () => {
    const user = userEvent.setup();
    renderWithProviders(<GoodFiles files={good} onRemove={() => {}} focusWhenEmpty={() => {}} />);
    expect(rowsOf()).toHaveLength(ROWS_PER_PAGE);
    expect(
      screen.getByText(tEn('ui.workshop.files.shownOf', { shown: ROWS_PER_PAGE, count: COUNT })),
    ).toBeInTheDocument();

    expect(
      screen.getByRole('table', { name: tEn('ui.workshop.files.caption', { count: COUNT }) }),
    ).toBeVisible();

    await user.click(screen.getByText(tEn('ui.workshop.files.showAll', { count: COUNT })));
    expect(rowsOf()).toHaveLength(COUNT);
    expect(screen.queryByText(tEn('ui.workshop.files.showAll', { count: COUNT }))).not.toBeInTheDocument();
    // Focus on the first row added, so a keyboard user goes on from there.
    expect(removeButtonOf(rowsOf()[ROWS_PER_PAGE])).toHaveFocus();
  });

  it('"Show more" adds at most a hundred: here the last 30', async () => {
    const user = userEvent.setup();
    renderWithProviders(<GoodFiles files={good} onRemove={() => {}} focusWhenEmpty={() => {}} />);
    await user.click(screen.getByText(tEn('ui.workshop.files.showMore', { more: COUNT - ROWS_PER_PAGE })));
    expect(rowsOf()).toHaveLength(COUNT);
    expect(removeButtonOf(rowsOf()[ROWS_PER_PAGE])).toHaveFocus();
  });

  it('lists a set of a hundred or fewer whole, without the buttons', () => {
    renderWithProviders(
      <GoodFiles files={good.slice(0, ROWS_PER_PAGE)} onRemove={() => {}} focusWhenEmpty={() => {}} />,
    );
    expect(rowsOf()).toHaveLength(ROWS_PER_PAGE);
    expect(screen.queryByText(/^Show all/)).not.toBeInTheDocument();
  });
});
