import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enAbout from '../../locales/en/ui/about.json';
import nlAbout from '../../locales/nl/ui/about.json';
import { AboutPage } from '../../src/ui/AboutPage';
import type { Publisher } from '../../src/ui/publisher';
import { renderWithProviders } from './providers';

const notFilled: Publisher = {
  organisation: null,
  accessibilityContact: null,
  sourceUrl: null,
  statementDate: '2026-11-27',
  statementReviewed: '2026-11-27',
};
const lindestad: Publisher = {
  ...notFilled,
  organisation: 'Gemeente Lindestad',
  accessibilityContact: 'toegankelijkheid@lindestad.example',
  sourceUrl: 'https://code.lindestad.example/partnership-mirror',
};

const section = (name: string) => screen.getByRole('region', { name });

describe('About page', () => {
  it('names the tool’s own licence, the source and the licences of others', () => {
    renderWithProviders(<AboutPage publisher={lindestad} />);
    expect(within(section(enAbout.licenceHeading)).getByText(/EUPL-1\.2/)).toBeInTheDocument();
    const others = within(section(enAbout.licencesHeading)).getAllByRole('listitem');
    expect(others.map((li) => li.textContent)).toEqual(Object.values(enAbout.licences));
    expect(screen.getByRole('link', { name: lindestad.sourceUrl ?? '' })).toHaveAttribute(
      'href',
      lindestad.sourceUrl,
    );
  });

  it('shows who offers the tool and how to reach them, from the publisher’s details', () => {
    renderWithProviders(<AboutPage publisher={lindestad} />);
    const publisher = section(enAbout.publisherHeading);
    expect(within(publisher).getByText('Gemeente Lindestad')).toBeInTheDocument();
    expect(
      within(publisher).getByRole('link', { name: lindestad.accessibilityContact ?? '' }),
    ).toHaveAttribute('href', 'mailto:toegankelijkheid@lindestad.example');
  });

  it('marks details not filled in yet, instead of showing a dead link, in Dutch too', () => {
    renderWithProviders(<AboutPage publisher={notFilled} />, { language: 'nl' });
    const publisher = section(nlAbout.publisherHeading);
    expect(within(publisher).getAllByText(nlAbout.details.missing)).toHaveLength(3);
    expect(within(publisher).queryByRole('link')).toBeNull();
  });
});
