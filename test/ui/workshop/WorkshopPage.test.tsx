import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/setup';
import { WorkshopPage } from '../../../src/ui/WorkshopPage';
import { answerFileText, generateAnswerFiles } from '../../fixtures/generate-answers';
import { renderWithProviders } from '../providers';

const en = createI18n('en', { strict: true });
const tEn = (key: string, options: Record<string, unknown> = {}) => String(en.t(key, options));

const asFile = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const texts = generateAnswerFiles(3, 21).map(answerFileText);
const generated = texts.map((text, i) => asFile(text, `p${i}.json`));

describe('WorkshopPage', () => {
  async function openFiles(files: File[]) {
    const user = userEvent.setup();
    renderWithProviders(<WorkshopPage />);
    await user.upload(screen.getByLabelText(tEn('ui.workshop.open.inputLabel')), files);
    return user;
  }

  it('lists good files, leaves out a bad one with its reason, and counts a repeated file once', async () => {
    await openFiles([...generated, asFile('{ nope', 'broken.json'), asFile(texts[0] ?? '', 'again.json')]);
    const table = await screen.findByRole('table', { name: tEn('ui.workshop.files.caption', { count: 3 }) });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const refused = screen.getByRole('region', { name: tEn('ui.workshop.refused.title', { count: 1 }) });
    expect(within(refused).getByText(tEn('errors.answersFile.not_json'))).toBeInTheDocument();
    expect(
      screen.getByText(tEn('ui.workshop.duplicates.item', { name: 'again.json', sameAs: 'p0.json' })),
    ).toBeInTheDocument();
  });

  it('shows the group view with the side comparison, and names only when asked', async () => {
    const user = await openFiles(generated);
    expect(await screen.findByRole('heading', { name: tEn('ui.workshop.group.title') })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: tEn('group.report.dimensions.chartCaption') }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: tEn('group.report.participants.caption') }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: tEn('ui.workshop.group.showNames') }));
    expect(screen.getByRole('table', { name: tEn('group.report.participants.caption') })).toBeInTheDocument();
  });

  it('removes a participant from the set', async () => {
    const user = await openFiles(generated);
    const table = await screen.findByRole('table', { name: tEn('ui.workshop.files.caption', { count: 3 }) });
    await user.click(within(table).getAllByRole('button', { name: /^Remove/ })[0]!);
    expect(
      screen.getByRole('table', { name: tEn('ui.workshop.files.caption', { count: 2 }) }),
    ).toBeInTheDocument();
  });
});
