// The date a report is dated with: the LOCAL calendar date where it is made. `toISOString()` would
// give the UTC date, so a report made just after midnight in the Netherlands was dated yesterday.
// Takes the moment as a parameter: the caller reads the clock, this module stays pure.

/** YYYY-MM-DD of `at` in the local time zone. */
export function reportDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
