import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/format-number';
import { createTranslator, plainT } from '../../src/render/resolve-text';
import { fixedT } from '../../src/i18n/setup';
import { parseDecimal } from '../../src/ui/questionnaire/form-values';

describe('formatNumber', () => {
  it('writes a decimal comma in Dutch and a point in English', () => {
    expect(formatNumber(12.5, 'nl')).toBe('12,5');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
    expect(formatNumber(12, 'nl')).toBe('12');
    expect(formatNumber(0, 'nl')).toBe('0');
  });

  it('never groups thousands and keeps every stored decimal', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1234.5');
    expect(formatNumber(2.125, 'nl')).toBe('2,125');
    expect(formatNumber(0.0001, 'en')).toBe('0.0001');
  });

  it('reads back as the same number in the number box (0 to 100, up to six decimals, as typed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 1_000_000),
        fc.constantFrom('nl', 'en'),
        (n, lang) => {
          expect(parseDecimal(formatNumber(n, lang))).toBe(n);
        },
      ),
    );
  });

  it('is what the report shows for a number answer', () => {
    const nl = createTranslator('nl', (l) => plainT(fixedT(l, { strict: true })));
    expect(nl.answer([{ kind: 'number', value: 12.5, unitKey: 'scales.units.years' }])).toBe('12,5 jaar');
  });
});
