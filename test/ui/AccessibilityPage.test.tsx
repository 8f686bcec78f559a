import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enAbout from '../../locales/en/ui/about.json';
import en from '../../locales/en/ui/accessibility.json';
import nl from '../../locales/nl/ui/accessibility.json';
import { AccessibilityPage } from '../../src/ui/AccessibilityPage';
import type { Publisher } from '../../src/ui/publisher';
import { renderWithProviders } from './providers';

const lindestad: Publisher = {
  organisation: 'Gemeente Lindestad',
  accessibilityContact: 'https://www.lindestad.example/toegankelijkheid',
  sourceUrl: null,
  statementDate: '2026-11-27',
  statementReviewed: '2027-02-03',
};

describe('Accessibility statement', () => {
  it('has the parts of the Dutch model statement, in its order', () => {
    renderWithProviders(<AccessibilityPage publisher={lindestad} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      en.scopeHeading,
      en.statusHeading,
      en.testedHeading,
      en.issuesHeading,
      en.reportHeading,
      en.complaintsHeading,
      en.dateHeading,
    ]);
  });

  it('is the statement of the organisation that offers the tool, with its contact and complaint route', () => {
    renderWithProviders(<AccessibilityPage publisher={lindestad} />);
    expect(screen.getByText(/accessibility statement of Gemeente Lindestad/)).toBeInTheDocument();
    const report = screen.getByRole('region', { name: en.reportHeading });
    expect(within(report).getByRole('link', { name: lindestad.accessibilityContact ?? '' })).toHaveAttribute(
      'href',
      lindestad.accessibilityContact,
    );
    expect(within(report).getByText(enAbout.details.missing)).toBeInTheDocument(); // no source address yet
    const complaints = screen.getByRole('region', { name: en.complaintsHeading });
    expect(
      within(complaints).getByText(/complaint to Gemeente Lindestad.*National Ombudsman/),
    ).toBeInTheDocument();
  });

  it('dates the statement and its last check, in the reader’s language', () => {
    renderWithProviders(<AccessibilityPage publisher={lindestad} />, { language: 'nl' });
    const date = screen.getByRole('region', { name: nl.dateHeading });
    expect(date).toHaveTextContent(
      'opgesteld op 27 november 2026 en voor het laatst gecontroleerd op 3 februari 2027',
    );
  });
});
