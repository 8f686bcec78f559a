// Node-side timings measured by other issues' scripts (scripts/bench-*.ts), which print one
// line "<name> <number>"; a script that does not exist yet gives null (row: not built yet).
import { existsSync } from 'node:fs';
import { run } from './run.mjs';

export function runTsxBench(script, metric) {
  if (!existsSync(script)) return { value: null };
  try {
    const out = run('npx', ['tsx', script], { timeoutMs: 240_000 });
    const match = new RegExp(`^${metric}\\s+([0-9.eE+-]+)\\s*$`, 'm').exec(out);
    if (match === null) return { value: null, note: `n/a (${script} printed no "${metric}")` };
    return { value: Number(match[1]) };
  } catch (error) {
    return { value: null, note: `n/a (${script} failed: ${String(error.message).split('\n')[0]})` };
  }
}
