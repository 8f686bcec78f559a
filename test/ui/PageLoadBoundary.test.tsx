import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import enApp from '../../locales/en/ui/app.json';
import enWorkshop from '../../locales/en/ui/workshop.json';
import { App } from '../../src/ui/App';
import { renderWithProviders } from './providers';

// The workshop page's code fails to arrive once, as on a lost connection, then arrives.
const chunk = vi.hoisted(() => ({ fail: true }));
vi.mock('../../src/ui/WorkshopPage', async (importOriginal) => {
  if (chunk.fail) {
    chunk.fail = false;
    throw new Error('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

describe('a page whose code cannot be loaded', () => {
  it('shows an error with Try again instead of a blank app, and the page after the retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#/workshop';
    renderWithProviders(<App />);

    expect(await screen.findByRole('alert')).toHaveTextContent(enApp.loadFailed.message);
    expect(screen.getByRole('link', { name: enApp.nav.start })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: enApp.loadFailed.retry }));
    expect(await screen.findByRole('heading', { level: 1, name: enWorkshop.title })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
