// The "include this partnership" boxes follow the facilitator's click at once, not the group the
// worker sends back afterwards (about 0.3 s with 1,000 files: the click seemed lost).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { GroupPair } from '../../../src/group/schema';
import { createI18n } from '../../../src/i18n/setup';
import { PairChoice } from '../../../src/ui/workshop/PairChoice';
import { renderWithProviders } from '../providers';

const en = createI18n('en', { strict: true });
const tEn = (key: string, options: Record<string, unknown> = {}) => String(en.t(key, options));

const pair = (key: string, own: string, partner: string, files: number, chosen: boolean): GroupPair => ({
  key,
  own,
  partner,
  files,
  included: chosen,
  chosen,
});
// The group as the worker last sent it: nothing but the chosen pair included.
const stalePairs = [
  pair('haarlem|emirdag', 'Haarlem', 'Emirdağ', 4, true),
  pair('amsterdam|nador', 'Amsterdam', 'Nador', 1, false),
];

function Harness() {
  const [includePairs, setIncludePairs] = useState<readonly string[]>([]);
  return (
    <PairChoice
      pairs={stalePairs}
      includePairs={includePairs}
      onChange={(key, include) =>
        setIncludePairs((keys) => (include ? [...keys, key] : keys.filter((k) => k !== key)))
      }
    />
  );
}

describe('PairChoice', () => {
  it('checks and unchecks a box on one click, before a new group has arrived', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    const box = screen.getByRole('checkbox', {
      name: tEn('ui.workshop.pairs.include', { count: 1, own: 'Amsterdam', partner: 'Nador' }),
    });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    await user.click(box);
    expect(box).not.toBeChecked();
  });
});
