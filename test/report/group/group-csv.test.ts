// Issue 14, item 6: the group data as one table per dimension and indicator, a row per question × side.
import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../../../src/group/aggregate';
import { fixedT } from '../../../src/i18n/setup';
import { createTranslator, plainT } from '../../../src/render/resolve-text';
import { toCsv } from '../../../src/report/csv';
import { combinedCsvRows, groupCsvTables } from '../../../src/report/group/group-csv';
import { member } from '../../group/helpers';

const g = aggregateGroup([
  member('a', 'destination', { cond_trust_continuity: 2 }),
  member('b', 'destination', { cond_trust_continuity: 5 }),
  member('c', 'source', { cond_trust_continuity: 4 }),
]);
const nl = createTranslator('nl', (l) => plainT(fixedT(l, { strict: true })));
const tables = groupCsvTables(g, (t) => nl.text(t));

describe('groupCsvTables', () => {
  it('makes one table per dimension and indicator, in §5.3/§5.4 order', () => {
    expect(tables.map((t) => t.id).slice(0, 6)).toEqual([
      'similarity',
      'difference',
      'resources',
      'trust',
      'equality',
      'translocal',
    ]);
    expect(tables).toHaveLength(18);
  });

  it('has the score rows first, then a row per question for the group and each side of two or more', () => {
    const trust = tables.find((t) => t.id === 'trust');
    const rows = trust?.rows ?? [];
    expect(rows[1]?.slice(0, 4)).toEqual([
      'trust',
      'trust',
      nl.text({ key: 'dimensions.trust.name' }),
      'Groep',
    ]);
    const continuity = rows.filter((r) => r[1] === 'cond_trust_continuity');
    // The group and the destination side (2 files); the source side has one file, so no split.
    expect(continuity.map((r) => r[3])).toEqual(['Groep', 'Vestigingsland']);
    // answered, …, mean 3.7, min 2, max 5, spread 3.
    expect(continuity[0]?.slice(4, 5)).toEqual([3]);
    expect(continuity[0]?.slice(8)).toEqual([3.7, null, 2, 5, 3, 1.2]);
    expect(toCsv(rows, 'nl')).toContain(';3,7;;2;5;3;1,2');
  });

  it('puts every table in one file with the header once and the table named in each row', () => {
    const rows = combinedCsvRows(tables);
    expect(rows.filter((r) => r[0] === nl.text({ key: 'group.csv.table' }))).toHaveLength(1);
    expect(rows).toHaveLength(1 + tables.reduce((n, t) => n + t.rows.length - 1, 0));
  });
});
