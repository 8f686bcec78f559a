// content-model-v2 §5: the group's learning balance, from each side's own account.
import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../../src/group/aggregate';
import { member } from './helpers';

describe('group learningBalance', () => {
  it("takes each side's own learning (not the other side's guess) and compares them", () => {
    const g = aggregateGroup([
      member('a', 'destination', { learn_own_extent: 1, learn_partner_extent: 5 }),
      member('b', 'destination', { learn_own_extent: 2, learn_partner_extent: 5 }),
      member('c', 'source', { learn_own_extent: 5, learn_partner_extent: 1 }),
    ]);
    // destination (0 + 25)/2 = 12.5 → 13; source 100.
    expect(g.learningBalance).toEqual({ destination: 13, source: 100, gap: -87, oneWay: true });
  });

  it('has no gap with one side missing, and skips unsure answers', () => {
    const g = aggregateGroup([
      member('a', 'destination', { learn_own_extent: 'unsure' }),
      member('b', 'destination', { learn_own_extent: 3 }),
    ]);
    expect(g.learningBalance).toEqual({ destination: 50, source: null, gap: null, oneWay: false });
  });
});
