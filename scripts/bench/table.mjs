// The bench's markdown table: one row per measure, with its budget and PASS/OVER.
export const NOT_BUILT = 'n/a (not built yet)';

/** A row; `value` null means the feature has not landed (or could not be measured: `note`). */
export function row(measure, value, unit, budget, note) {
  if (value === null || value === undefined) {
    return {
      measure,
      value: note ?? NOT_BUILT,
      budget: budget === undefined ? '–' : `≤ ${budget} ${unit}`,
      result: '–',
    };
  }
  const digits = unit === 'ms' && value < 10 ? 3 : 1;
  return {
    measure,
    value: `${value.toFixed(digits)} ${unit}`,
    budget: budget === undefined ? '–' : `≤ ${budget} ${unit}`,
    result: budget === undefined ? '–' : value <= budget ? 'PASS' : 'OVER',
  };
}

export function printTable(rows) {
  const lines = ['| measure | value | budget | result |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.measure} | ${r.value} | ${r.budget} | ${r.result} |`);
  console.log(lines.join('\n'));
}
