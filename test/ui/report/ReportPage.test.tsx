import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixedT } from '../../../src/i18n/setup';
import { ReportPage } from '../../../src/ui/ReportPage';
import { exampleAnswers } from '../../report/example-answers';
import { renderWithProviders } from '../providers';

const tEn = fixedT('en', { strict: true });

describe('ReportPage', () => {
  it('says there is nothing to show yet and links to the questionnaire when there are no answers', () => {
    renderWithProviders(<ReportPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(tEn('ui.report.title'));
    expect(screen.getByRole('link', { name: tEn('ui.report.empty.link') })).toHaveAttribute(
      'href',
      '#/questionnaire',
    );
  });

  it('shows the report of the current answers, with a PDF download in a chosen language', () => {
    renderWithProviders(<ReportPage />, {
      initial: { answers: exampleAnswers('A'), respondentLabel: 'Officer' },
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(tEn('report.cover.title'));
    // The label is user text, isolated (U+2068 … U+2069) so a bidi override in it stays inside it.
    expect(screen.getByText('Completed by: \u2068Officer\u2069')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: tEn('ui.report.download.en') })).toBeChecked();
    expect(screen.getByRole('radio', { name: tEn('ui.report.download.both') })).not.toBeChecked();
    expect(screen.getByRole('button', { name: tEn('ui.report.download.button') })).toBeEnabled();
  });

  it('follows the page language', () => {
    renderWithProviders(<ReportPage />, {
      language: 'nl',
      initial: { answers: exampleAnswers('B'), respondentLabel: '' },
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(fixedT('nl')('report.cover.title'));
  });
});
