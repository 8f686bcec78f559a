// content-model-v2 §5: one partnership per workshop, either order and spelling; the rest apart.
import { describe, expect, it } from 'vitest';
import { PAIR_NOT_STATED, partitionByPair } from '../../src/group/pairs';
import { member } from './helpers';

const about = (id: string, own: string | undefined, partner: string | undefined) =>
  member(id, 'destination', { profile_own_municipality: own, profile_partner_municipality: partner });

const summary = (r: ReturnType<typeof partitionByPair>) =>
  r.pairs.map(({ own, partner, files, included, chosen }) => [own, partner, files, included, chosen]);

describe('partitionByPair', () => {
  it('counts "Haarlem–Emirdağ" and "EMİRDAĞ–haarlem" as one pair, spelled as its first file does', () => {
    const r = partitionByPair([
      about('a', 'Emirdağ', 'Haarlem'),
      about('b', 'Haarlem', 'Emirdag'),
      about('c', 'HAARLEM', 'EMİRDAĞ'),
      about('d', 'Haarlem ', 'Emir-dağ'),
    ]);
    expect(summary(r)).toEqual([
      ['Emirdağ', 'Haarlem', 3, true, true],
      ['Haarlem', 'Emir-dağ', 1, false, false],
    ]);
  });

  it('chooses the pair with most files, and on a tie the pair of the earliest file', () => {
    const tie = partitionByPair([
      about('x', 'Amsterdam', 'Nador'),
      about('a', 'Haarlem', 'Emirdağ'),
      about('y', 'Nador', 'Amsterdam'),
      about('b', 'Emirdağ', 'Haarlem'),
    ]);
    expect(tie.pairs[0]).toMatchObject({ own: 'Amsterdam', partner: 'Nador', chosen: true });
    const most = partitionByPair([
      about('x', 'Amsterdam', 'Nador'),
      about('a', 'Haarlem', 'Emirdağ'),
      about('b', 'Emirdağ', 'Haarlem'),
    ]);
    expect(most.pairs[0]).toMatchObject({ own: 'Haarlem', partner: 'Emirdağ', files: 2, chosen: true });
    expect(most.included.map((p) => p.id)).toEqual(['a', 'b']);
    expect(most.leftOut.map((l) => [l.participant.id, l.pair.own, l.pair.partner])).toEqual([
      ['x', 'Amsterdam', 'Nador'],
    ]);
  });

  it('sets apart files that do not name both municipalities, and includes them only on request', () => {
    const files = [
      about('a', 'Haarlem', 'Emirdağ'),
      about('n', 'Haarlem', undefined),
      about('m', ' ', 'Nador'),
    ];
    const r = partitionByPair(files);
    expect(summary(r)).toEqual([
      ['Haarlem', 'Emirdağ', 1, true, true],
      [null, null, 2, false, false],
    ]);
    expect(r.included.map((p) => p.id)).toEqual(['a']);
    const withThem = partitionByPair(files, [PAIR_NOT_STATED]);
    expect(withThem.included.map((p) => p.id)).toEqual(['a', 'n', 'm']);
    expect(withThem.leftOut).toEqual([]);
  });

  it('takes the files without a pair as the group when no file names one', () => {
    const r = partitionByPair([about('a', undefined, undefined), about('b', '', '')]);
    expect(r.pairs).toEqual([
      { key: PAIR_NOT_STATED, own: null, partner: null, files: 2, included: true, chosen: true },
    ]);
    expect(r.leftOut).toEqual([]);
  });

  it('includes one chosen other pair by its key, or all with "all"', () => {
    const files = [
      about('a', 'Haarlem', 'Emirdağ'),
      about('b', 'Haarlem', 'Emirdağ'),
      about('x', 'Amsterdam', 'Nador'),
      about('y', 'Utrecht', 'Oujda'),
    ];
    const key = partitionByPair(files).pairs.find((p) => p.own === 'Amsterdam')?.key ?? '';
    expect(partitionByPair(files, [key]).included.map((p) => p.id)).toEqual(['a', 'b', 'x']);
    expect(partitionByPair(files, 'all').included).toHaveLength(4);
  });
});
