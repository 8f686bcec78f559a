// content-model §5.2 and §7.1.6: every rounding is half up and computed from exact integers, so
// screen, PDF and CLI can never disagree by one (style.md §5, "round once").

/** num ÷ den rounded half up to an integer: ⌊(2·num + den) / (2·den)⌋, for den > 0. */
export function roundHalfUp(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

/** k of n, exact: the fraction behind a rounded ratio (the group averages these, §8.2, §8.5). */
export type Ratio = readonly [k: number, n: number];

/** k ÷ n rounded half up to two decimals: ⌊(200·k + n) / (2n)⌋ / 100, for n > 0. */
export function ratio2(k: number, n: number): number {
  return Math.floor((200 * k + n) / (2 * n)) / 100;
}
