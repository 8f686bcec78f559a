import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/report/csv';

describe('toCsv', () => {
  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    expect(
      toCsv(
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        'en',
      ),
    ).toBe('\uFEFFa;b\r\nc;d\r\n');
  });
  it('writes a decimal comma in Dutch and a point in English', () => {
    expect(toCsv([[12.5, -3]], 'nl')).toBe('\uFEFF12,5;-3\r\n');
    expect(toCsv([[12.5]], 'en')).toBe('\uFEFF12.5\r\n');
  });
  it('quotes cells with separators, quotes or line breaks', () => {
    expect(toCsv([['a;b', 'say "hi"', 'x\ny', '1,5']], 'nl')).toBe('\uFEFF"a;b";"say ""hi""";"x\ny";1,5\r\n');
  });
  it('never lets text from a file start a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '@SUM(A1)', '-2']], 'en')).toBe(
      '\uFEFF"\'=HYPERLINK(""x"")";\'+1;\'@SUM(A1);\'-2\r\n',
    );
  });
  it('keeps non-Latin names and leaves empty cells empty', () => {
    expect(toCsv([['Emirdağ', null, 'الحسيمة']], 'nl')).toBe('\uFEFFEmirdağ;;الحسيمة\r\n');
  });
});
