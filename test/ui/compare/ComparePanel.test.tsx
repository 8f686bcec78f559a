// "Compare with an earlier assessment" and the action plan on the report page (issue 15).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseAnswersFile } from '../../../src/answers/parse';
import { fixedT } from '../../../src/i18n/setup';
import type { AnswersState } from '../../../src/ui/answers-store';
import { assess } from '../../../src/assessment/assess';
import { createTranslator, plainT } from '../../../src/render/resolve-text';
import { PlanPanel } from '../../../src/ui/plan/PlanPanel';
import { ComparePanel, type Earlier } from '../../../src/ui/compare/ComparePanel';
import { exampleAnswers } from '../../report/example-answers';
import { renderWithProviders } from '../providers';

const tEn = fixedT('en', { strict: true });
const EARLIER = readFileSync('test/fixtures/answers/example-a-lindestad-earlier.json', 'utf8');
const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

const now = (() => {
  const r = parseAnswersFile(readFileSync('test/fixtures/answers/example-a-lindestad.json'));
  if (!r.ok) throw new Error('fixture');
  return r.file;
})();

function renderPanel() {
  const onEarlier = vi.fn<(e: Earlier | null) => void>();
  renderWithProviders(<ComparePanel now={now} earlier={null} onEarlier={onEarlier} />);
  return onEarlier;
}

const upload = (name: string, text: string) =>
  userEvent.upload(screen.getByLabelText(tEn('ui.compare.open.inputLabel')), jsonFile(name, text));

// The panel on its own: the report page around it is covered by the e2e test (next-year.spec.ts).
describe('ComparePanel', () => {
  it('hands over an earlier file of the same partnership, read through the parser', async () => {
    const onEarlier = renderPanel();
    await upload('earlier.json', EARLIER);
    await waitFor(() => expect(onEarlier).toHaveBeenCalledTimes(1));
    const earlier = onEarlier.mock.lastCall?.[0];
    expect(earlier?.fileName).toBe('earlier.json');
    expect(earlier?.file.savedAt).toBe('2025-11-18T09:30:00.000Z');
    expect(earlier?.file.plan).toHaveLength(2);
  });

  it('refuses a file of another partnership, saying which two', async () => {
    const onEarlier = renderPanel();
    const other = JSON.parse(EARLIER) as { answers: Record<string, unknown> };
    other.answers.profile_own_municipality = 'Amsterdam';
    other.answers.profile_partner_municipality = 'Nador';
    await upload('other.json', JSON.stringify(other));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Lindestad–Tepekent now, Amsterdam–Nador in the earlier file');
    expect(onEarlier).not.toHaveBeenCalled();
  });

  it('lists a broken earlier file’s problems', async () => {
    const onEarlier = renderPanel();
    await upload('x.json', '{');
    expect(await screen.findByRole('alert')).toHaveTextContent(tEn('errors.answersFile.not_json'));
    expect(onEarlier).not.toHaveBeenCalled();
  });

  it('says what it compares with and can stop', async () => {
    const onEarlier = vi.fn<(e: Earlier | null) => void>();
    renderWithProviders(
      <ComparePanel now={now} earlier={{ fileName: 'e.json', file: now }} onEarlier={onEarlier} />,
    );
    expect(
      screen.getByText(/Compared with the assessment saved on 2026-11-22 \(file e\.json\)/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: tEn('ui.compare.stop') }));
    expect(onEarlier).toHaveBeenCalledWith(null);
  });
});

describe('action plan', () => {
  it('puts a triggered action point in the plan and stores owner, date and status', async () => {
    const onChange = vi.fn<(s: AnswersState) => void>();
    const tr = createTranslator('en', (l) => plainT(fixedT(l, { strict: true })));
    renderWithProviders(<PlanPanel assessment={assess(exampleAnswers('A'))} tr={tr} date="2026-11-27" />, {
      onChange,
    });
    const label = tEn('recommendations.R3.actions.R3_connect_peers');
    const item = screen.getByRole('group', { name: new RegExp(`^${label}`) });
    await userEvent.click(within(item).getByRole('button', { name: tEn('ui.plan.add') }));
    const owner = within(item).getByRole('textbox', { name: tEn('ui.plan.owner') });
    expect(owner).toHaveFocus();
    await userEvent.type(owner, 'Ayşe');
    await userEvent.selectOptions(
      within(item).getByRole('combobox', { name: tEn('ui.plan.status') }),
      tEn('plan.status.done'),
    );
    expect(onChange.mock.lastCall?.[0].plan).toEqual([
      { actionId: 'R3_connect_peers', owner: 'Ayşe', status: 'done' },
    ]);
    expect(screen.getByRole('button', { name: tEn('ui.plan.csv') })).toBeEnabled();

    await userEvent.click(within(item).getByRole('button', { name: tEn('ui.plan.remove') }));
    expect(onChange.mock.lastCall?.[0].plan).toEqual([]);
    expect(within(item).getByRole('button', { name: tEn('ui.plan.add') })).toHaveFocus();
  });
});
