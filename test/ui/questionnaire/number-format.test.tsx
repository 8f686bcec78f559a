// A stored decimal reads as the page's language writes it: 12,5 in Dutch (check page and box).
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/catalogue/ids';
import { createI18n } from '../../../src/i18n/setup';
import { EMPTY_STATE } from '../../../src/ui/answers-store';
import { QuestionnairePage } from '../../../src/ui/QuestionnairePage';
import { renderWithProviders } from '../providers';

function renderIn(language: Language, hash: string) {
  window.location.hash = hash;
  renderWithProviders(<QuestionnairePage />, {
    language,
    initial: { ...EMPTY_STATE, answers: { profile_partnership_years: 12.5 } },
  });
  return createI18n(language, { strict: true }).t;
}

describe('number answers in the page language', () => {
  it('shows 12,5 jaar on the Dutch check page and 12.5 years on the English one', () => {
    const nl = renderIn('nl', '#/check');
    expect(screen.getByText(`12,5 ${nl('scales.units.years')}`)).toBeInTheDocument();
    expect(nl('scales.units.years')).toBe('jaar');
    expect(screen.queryByText(/12\.5/)).not.toBeInTheDocument();
  });

  it('fills the Dutch number box with 12,5', () => {
    const nl = renderIn('nl', '#/questionnaire/profile');
    expect(
      screen.getByRole('textbox', { name: nl('questions.profile_partnership_years.label') }),
    ).toHaveValue('12,5');
  });

  it('keeps 12.5 in English', () => {
    const en = renderIn('en', '#/check');
    expect(screen.getByText(`12.5 ${en('scales.units.years')}`)).toBeInTheDocument();
  });
});
