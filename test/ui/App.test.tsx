import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
});
