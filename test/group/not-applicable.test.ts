// content-model-v2 §5, "not applicable in the group": the sixth dimension and translocal_use.
import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../../src/group/aggregate';
import { groupResultSchema, type GroupResult } from '../../src/group/schema';
import { member } from './helpers';

const noLinks = { tl_diaspora_link: 'none', tl_migrants_involved: 'none' } as const;
const dim = (g: GroupResult, id: string) => g.dimensions.find((d) => d.id === id);
const ind = (g: GroupResult, id: string) => g.indicators.find((d) => d.id === id);
const rec = (g: GroupResult, id: string) => g.recommendations.find((r) => r.id === id);

describe('translocal in the group', () => {
  it('does not apply exactly when the group R7 does not: no score, coverage over every file', () => {
    const g = aggregateGroup([
      member('a', 'destination', noLinks),
      member('b', 'source', noLinks),
      member('c', 'source'),
    ]);
    expect(rec(g, 'R7')?.priority).toBe('not_applicable');
    expect(dim(g, 'translocal')).toMatchObject({ score: null, notApplicable: true });
    expect(ind(g, 'translocal_use')?.score).toBeNull();
    expect(g.dimensions.filter((d) => d.notApplicable).map((d) => d.id)).toEqual(['translocal']);
    expect(groupResultSchema.safeParse(g).success).toBe(true);
  });

  it('otherwise leaves the files for which it does not apply out of N and N_side', () => {
    // Base answers: translocal = (67 + 67 + 75 + 50·2)/5 = 61.8 → 62 for b and c.
    const g = aggregateGroup([
      member('a', 'source', noLinks),
      member('b', 'source'),
      member('c', 'destination'),
    ]);
    expect(rec(g, 'R7')?.priority).not.toBe('not_applicable');
    expect(dim(g, 'translocal')).toMatchObject({
      notApplicable: false,
      n: 2,
      score: 62,
      bySide: { source: { files: 1, n: 1, score: 62 }, destination: { files: 1, n: 1, score: 62 } },
    });
    expect(ind(g, 'translocal_use')?.score).not.toBeNull();
  });
});
