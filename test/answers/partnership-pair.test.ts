import { describe, expect, it } from 'vitest';
import { municipalityKey, partnershipKey } from '../../src/answers/partnership-pair';

describe('municipalityKey', () => {
  it.each([
    ['EMİRDAĞ', 'emirdag'],
    ['Emirdag', 'emirdag'],
    ['Emirdağ', 'emirdag'],
    ['Al Hoceïma', 'al hoceima'],
    ['  Den  Haag ', 'den haag'],
    ['Bergen-op-Zoom', 'bergen op zoom'],
    ['Bergen - op  Zoom', 'bergen op zoom'],
    ['ﬁlm', 'film'], // NFKC folds the ligature
    ['الحسيمة', 'الحسيمة'],
  ])('%s → %s', (name, key) => {
    expect(municipalityKey(name)).toBe(key);
  });
});

describe('partnershipKey', () => {
  it('is the same in either order and spelling', () => {
    expect(partnershipKey('Haarlem', 'Emirdağ')).toBe(partnershipKey('EMIRDAG', 'haarlem'));
  });
  it('differs for another pair', () => {
    expect(partnershipKey('Amsterdam', 'Nador')).not.toBe(partnershipKey('Haarlem', 'Emirdağ'));
  });
  it('is null when a name is missing or blank', () => {
    expect(partnershipKey('Haarlem', undefined)).toBeNull();
    expect(partnershipKey(' - ', 'Nador')).toBeNull();
  });
});
