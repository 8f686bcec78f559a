// Issue 14, item 1: "Your name or group" on the profile page fills respondent.label (contract §1).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { toAnswersFile } from '../../../src/answers/serialise';
import { createI18n } from '../../../src/i18n/setup';
import type { AnswersState } from '../../../src/ui/answers-store';
import { RespondentLabelField } from '../../../src/ui/questionnaire/RespondentLabelField';
import { renderWithProviders } from '../providers';

const en = createI18n('en', { strict: true });
const tEn = (key: string) => String(en.t(key));

describe('RespondentLabelField', () => {
  it('stores what is typed as the respondent label, and says when it is shown', async () => {
    const onChange = vi.fn<(state: AnswersState) => void>();
    renderWithProviders(<RespondentLabelField />, { onChange });
    const box = screen.getByRole('textbox', { name: tEn('ui.respondent.label') });
    expect(box).toHaveAccessibleDescription(tEn('ui.respondent.hint'));
    await userEvent.setup().type(box, 'Team Emirdağ');
    const last = onChange.mock.calls.at(-1)?.[0];
    expect(last?.respondentLabel).toBe('Team Emirdağ');
    const file = toAnswersFile({
      answers: {},
      respondentLabel: last?.respondentLabel ?? '',
      language: 'en',
      savedAt: new Date(0),
    });
    expect(file.respondent).toEqual({ label: 'Team Emirdağ' });
  });

  it('shows a label restored from an answers file, and holds at most 200 characters', () => {
    renderWithProviders(<RespondentLabelField />, { initial: { answers: {}, respondentLabel: 'Wethouder' } });
    const box = screen.getByRole('textbox', { name: tEn('ui.respondent.label') });
    expect(box).toHaveValue('Wethouder');
    expect(box).toHaveAttribute('maxlength', '200');
  });
});
