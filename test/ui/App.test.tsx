import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import enAbout from '../../locales/en/ui/about.json';
import enAccessibility from '../../locales/en/ui/accessibility.json';
import enApp from '../../locales/en/ui/app.json';
import enStart from '../../locales/en/ui/start.json';
import nlStart from '../../locales/nl/ui/start.json';
import { App } from '../../src/ui/App';
import { renderWithProviders } from './providers';

describe('App shell', () => {
  it('shows the start page with a skip link and the privacy promise', () => {
    window.location.hash = '';
    renderWithProviders(<App />);
    expect(screen.getByRole('heading', { level: 1, name: enStart.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: enApp.skipLink })).toHaveAttribute('href', '#main');
    expect(screen.getByText(enStart.privacy)).toBeInTheDocument();
  });

  it('switches to Dutch, sets <html lang> and remembers the choice', async () => {
    window.location.hash = '';
    renderWithProviders(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: nlStart.title })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem('partnership-mirror:language')).toBe('nl');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows a not-found page for an unknown route', () => {
    window.location.hash = '#/nowhere';
    renderWithProviders(<App />);
    expect(screen.getByRole('heading', { level: 1, name: enApp.notFound.title })).toBeInTheDocument();
  });

  it('links the accessibility statement and the about page from the footer, on every page', async () => {
    window.location.hash = '#/nowhere';
    renderWithProviders(<App />);
    const footer = screen.getByRole('navigation', { name: enApp.footer.label });
    const statement = within(footer).getByRole('link', { name: enApp.footer.accessibility });
    expect(statement).toHaveAttribute('href', '#/accessibility');
    await userEvent.click(statement);
    expect(await screen.findByRole('heading', { level: 1, name: enAccessibility.title })).toBeInTheDocument();
    // The model statement's parts: status, what was tested, known problems, reporting, date.
    for (const heading of [
      'statusHeading',
      'testedHeading',
      'issuesHeading',
      'reportHeading',
      'dateHeading',
    ] as const)
      expect(screen.getByRole('heading', { level: 2, name: enAccessibility[heading] })).toBeInTheDocument();
    expect(screen.getByText(/27 November 2026/)).toBeInTheDocument();
    await userEvent.click(within(footer).getByRole('link', { name: enApp.footer.about }));
    expect(await screen.findByRole('heading', { level: 1, name: enAbout.title })).toBeInTheDocument();
    expect(screen.getByText(enAbout.research)).toBeInTheDocument();
    expect(within(footer).getByRole('link', { name: enApp.footer.about })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
