// content-model §8.7: every group figure is rounded half up, once, from integers or exact
// fractions — never from an already rounded ratio, so the screen, the PDF and the CLI agree.
import type { Ratio } from '../assessment/rounding';

// The mean of integer scores and the ratio k ÷ m are the assessment's own roundHalfUp and ratio2
// (assessment/rounding.ts): one formula each, for a file and for the group.

/** ⌊(20·Σ + n) / (2n)⌋ / 10: the mean of n likert answers to one decimal, half up. */
export function likertMean(sum: number, n: number): number {
  return Math.floor((20 * sum + n) / (2 * n)) / 10;
}

/** Integer square root, exact for any safe integer (Math.sqrt can be off by one up there). */
export function isqrt(x: number): number {
  let r = Math.floor(Math.sqrt(x));
  while (r * r > x) r -= 1;
  while ((r + 1) * (r + 1) <= x) r += 1;
  return r;
}

/** Population standard deviation to one decimal, half up, from integers only (§8.7):
 *  v = n·Σx² − (Σx)², t = ⌊√(400·v)⌋ div n (= ⌊20·sd⌋), sd = ⌊(t + 1) / 2⌋ / 10. */
export function populationSd(values: readonly number[]): number {
  const n = values.length;
  let sum = 0;
  let sumSq = 0;
  for (const x of values) {
    sum += x;
    sumSq += x * x;
  }
  const v = n * sumSq - sum * sum;
  const t = Math.floor(isqrt(400 * v) / n);
  return Math.floor((t + 1) / 2) / 10;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The mean of the ratios k_i ÷ m_i (each m_i ≥ 1) as one fraction p/q, rounded half up to two
 *  decimals: ⌊(200·p + q) / (2q)⌋ / 100 (§8.7, group coverage and evidence). BigInt, so a sum
 *  over many files never loses a digit. */
export function meanOfRatios2(ratios: readonly Ratio[]): number {
  let num = 0n;
  let den = 1n;
  for (const [k, m] of ratios) {
    const bm = BigInt(m);
    // num/den + k/m, kept reduced so the numbers stay small.
    num = num * bm + BigInt(k) * den;
    den = den * bm;
    const g = gcd(num, den);
    if (g > 1n) {
      num /= g;
      den /= g;
    }
  }
  const q = den * BigInt(ratios.length);
  return Number((200n * num + q) / (2n * q)) / 100;
}
