import { describe, expect, it } from 'vitest';
import { ratio2, roundHalfUp } from '../../src/assessment/rounding';
import { isqrt, likertMean, meanOfRatios2, populationSd } from '../../src/group/rounding';

// content-model §8.7, helper by helper (the public function is tested in aggregate.test.ts).
describe('group rounding (§8.7)', () => {
  it.each([
    [[30, 100], 65],
    [[62, 63], 63],
    [[0, 1, 1], 1],
    [[0, 0, 1], 0],
  ])('rounds the mean of %o half up to %i', (scores, expected) => {
    expect(
      roundHalfUp(
        scores.reduce((s, x) => s + x, 0),
        scores.length,
      ),
    ).toBe(expected);
  });

  it.each([
    [1, 2, 0.5],
    [1, 3, 0.33],
    [2, 3, 0.67],
    [1, 8, 0.13],
  ])('share %i of %i is %d', (k, m, expected) => expect(ratio2(k, m)).toBe(expected));

  it.each([
    [[1, 2], 1.5],
    [[1, 1, 2], 1.3],
    [[1, 1, 1, 2], 1.3],
    [[5, 5, 4], 4.7],
  ])('likert mean of %o is %d', (values, expected) => {
    expect(
      likertMean(
        values.reduce((s, x) => s + x, 0),
        values.length,
      ),
    ).toBe(expected);
  });

  it.each([
    [[30, 100], 35],
    [[50, 50], 0],
    [[1, 2, 3, 4], 1.1],
    [[0, 3], 1.5],
    [[0, 100, 100], 47.1],
  ])('population sd of %o is %d', (values, expected) => expect(populationSd(values)).toBe(expected));

  it('takes the mean of exact ratios as one fraction, not of rounded ratios', () => {
    // exact: (1/8 + 1/8 + 0) / 3 = 0.0833 → 0.08; from rounded ratios it would be 0.26 / 3 → 0.09.
    expect(
      meanOfRatios2([
        [1, 8],
        [1, 8],
        [0, 1],
      ]),
    ).toBe(0.08);
    expect(
      meanOfRatios2([
        [1, 3],
        [1, 6],
      ]),
    ).toBe(0.25);
    expect(meanOfRatios2([[5, 8]])).toBe(0.63);
  });

  it('has an exact integer square root', () => {
    expect([0, 1, 15, 16, 17, 4_000_000_000_000].map(isqrt)).toEqual([0, 1, 3, 4, 4, 2_000_000]);
    expect(isqrt(2 ** 52 - 1)).toBe(67108863);
  });
});
