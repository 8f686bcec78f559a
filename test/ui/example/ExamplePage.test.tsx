// Example mode (issue 15, item 3): the made-up partnership's report, in a store of its own.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixedT } from '../../../src/i18n/setup';
import type { AnswersState } from '../../../src/ui/answers-store';
import { ExamplePage } from '../../../src/ui/example/ExamplePage';
import { parseRoute, routeHref } from '../../../src/ui/routing';
import { renderWithProviders } from '../providers';

const tEn = fixedT('en', { strict: true });

describe('ExamplePage', () => {
  it('is a route of its own', () => {
    expect(parseRoute('#/example')).toEqual({ name: 'example' });
    expect(routeHref({ name: 'example' })).toBe('#/example');
  });

  // One render (a whole report is slow in jsdom) and text queries, not role queries with names.
  // That working in the example never reaches the user's stored answers is checked end to end
  // (next-year.spec.ts), byte for byte.
  it('shows the example’s report under a banner, not the user’s answers', () => {
    const onChange = vi.fn<(s: AnswersState) => void>();
    renderWithProviders(<ExamplePage />, {
      initial: { answers: { profile_own_municipality: 'Haarlem' }, respondentLabel: 'me' },
      onChange,
    });
    expect(screen.getByText(tEn('ui.example.bannerTitle'))).toBeInTheDocument();
    // User text is isolated on screen (U+2068 … U+2069, issue 16): compare without the marks.
    expect(
      screen.getByText(
        (_, el) =>
          el?.textContent?.replace(/[\u2068\u2069]/g, '') === 'Partnership between Lindestad and Tepekent',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Haarlem/)).toBeNull();
    expect(screen.getAllByText(tEn('ui.plan.add')).length).toBeGreaterThan(0);
    expect(onChange).not.toHaveBeenCalled();
  });
});
