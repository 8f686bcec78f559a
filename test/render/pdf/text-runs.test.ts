import { describe, expect, it } from 'vitest';
import { isRtl, splitRuns } from '../../../src/render/pdf/text-runs';

describe('splitRuns', () => {
  it.each([
    ['Emirdağ and İzmit', [{ text: 'Emirdağ and İzmit', arabic: false }]],
    [
      'Haarlem and الحسيمة',
      [
        { text: 'Haarlem and ', arabic: false },
        { text: 'الحسيمة', arabic: true },
      ],
    ],
    [
      'الحسيمة - الناظور (2)',
      [
        { text: 'الحسيمة - الناظور', arabic: true },
        { text: ' (2)', arabic: false },
      ],
    ],
    [
      'Samen leren — التعلم معاً',
      [
        { text: 'Samen leren — ', arabic: false },
        { text: 'التعلم معاً', arabic: true },
      ],
    ],
  ])('cuts %j into script runs', (line, runs) => {
    expect(splitRuns(line)).toEqual(runs);
  });
});

describe('isRtl', () => {
  it.each([
    ['الحسيمة and Haarlem', true],
    ['2024: الحسيمة', true],
    ['Haarlem and الحسيمة', false],
    ['', false],
  ])('decides the direction of %j by its first strong character', (line, rtl) => {
    expect(isRtl(line)).toBe(rtl);
  });
});
