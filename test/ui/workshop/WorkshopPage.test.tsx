import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
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
  beforeEach(() => sessionStorage.clear());

  async function openFiles(files: File[]) {
    const user = userEvent.setup();
    const page = renderWithProviders(<WorkshopPage />);
    await user.upload(screen.getByLabelText(tEn('ui.workshop.open.inputLabel')), files);
    return Object.assign(user, { unmount: page.unmount });
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

  it('moves focus to the next Remove button and updates the count message', async () => {
    const user = await openFiles(generated);
    const table = await screen.findByRole('table', { name: tEn('ui.workshop.files.caption', { count: 3 }) });
    await user.click(within(table).getAllByRole('button', { name: /^Remove/ })[0]!);
    const left = screen.getByRole('table', { name: tEn('ui.workshop.files.caption', { count: 2 }) });
    expect(within(left).getAllByRole('button', { name: /^Remove/ })[0]).toHaveFocus();
    expect(screen.getByText(tEn('ui.workshop.files.removed', { file: 'p0.json', count: 2 }))).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('keeps the opened files over a reload of the page, until "Forget these files"', async () => {
    const user = await openFiles(generated);
    await screen.findByRole('table', { name: tEn('ui.workshop.files.caption', { count: 3 }) });
    expect(screen.getByText(tEn('ui.workshop.kept.note'))).toBeInTheDocument();
    user.unmount();
    renderWithProviders(<WorkshopPage />);
    expect(
      screen.getByRole('table', { name: tEn('ui.workshop.files.caption', { count: 3 }) }),
    ).toBeInTheDocument();
    expect(screen.getByText(tEn('ui.workshop.kept.restored', { count: 3 }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: tEn('ui.workshop.kept.forget') }));
    expect(screen.getByText(tEn('ui.workshop.files.empty'))).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
    expect(screen.getByRole('heading', { name: tEn('ui.workshop.files.title') })).toHaveFocus();
  });

  it('leaves out a file about another partnership until the facilitator includes it', async () => {
    const other = JSON.parse(texts[2] ?? '{}') as { answers: Record<string, unknown> };
    other.answers.profile_own_municipality = 'Amsterdam';
    other.answers.profile_partner_municipality = 'Nador';
    const user = await openFiles([...generated.slice(0, 2), asFile(JSON.stringify(other), 'other.json')]);
    const include = await screen.findByRole('checkbox', {
      name: tEn('ui.workshop.pairs.include', { count: 1, own: 'Amsterdam', partner: 'Nador' }),
    });
    expect(include).not.toBeChecked();
    expect(
      screen.getAllByText(/About another partnership: Amsterdam–Nador, 1 file \(left out\)/),
    ).not.toHaveLength(0);
    await user.click(include);
    expect(screen.getAllByText(/Amsterdam–Nador, 1 file \(included by the facilitator\)/)).not.toHaveLength(
      0,
    );
  });

  it('shows the group on a projector, one topic per screen, moved by keyboard and left with Escape', async () => {
    const user = await openFiles(generated);
    const open = await screen.findByRole('button', { name: tEn('ui.workshop.projector.open') });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: tEn('ui.workshop.projector.title') });
    expect(dialog).toHaveFocus();
    expect(within(dialog).getByText(/^Screen 1 of \d+$/)).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(within(dialog).getByText(/^Screen 2 of \d+$/)).toBeInTheDocument();
    expect(
      within(dialog).getByRole('heading', { level: 2, name: tEn('dimensions.similarity.name') }),
    ).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByText(/^Screen 1 of \d+$/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByRole('button', { name: tEn('ui.workshop.projector.open') })).toHaveFocus();
  });
});
