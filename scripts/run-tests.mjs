// `npm test`: typecheck, lint, format, spell check, Vitest (unit + component), Playwright (e2e in
// Debian Chromium), then one closing line with what ran: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const tmp = '.tmp/test-results';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.'] },
  // Every string of locales/nl and locales/en against hunspell (issue 13): zero unknown words.
  { name: 'spellcheck', cmd: 'node', args: ['scripts/spellcheck.mjs'] },
  {
    name: 'vitest',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${tmp}/vitest.json`],
  },
  { name: 'chromium', cmd: 'node', args: ['scripts/check-chromium.mjs'] },
  {
    name: 'playwright',
    cmd: 'npx',
    args: ['playwright', 'test'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${tmp}/playwright.json` },
  },
];

const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (run.status !== 0) {
    failedSteps.push(step.name);
    // Vitest and Playwright are independent: a unit failure should not hide the e2e result.
    if (step.name === 'chromium') break;
  }
}

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
const vitest = read(`${tmp}/vitest.json`);
const pw = read(`${tmp}/playwright.json`);
const unit = {
  passed: vitest?.numPassedTests ?? 0,
  failed: vitest?.numFailedTests ?? 0,
  skipped: vitest?.numPendingTests ?? 0,
};
const e2e = {
  passed: pw?.stats?.expected ?? 0,
  failed: (pw?.stats?.unexpected ?? 0) + (pw?.stats?.flaky ?? 0),
  skipped: pw?.stats?.skipped ?? 0,
};
console.log(`\nvitest: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`playwright: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
const failed = unit.failed + e2e.failed + (failedSteps.length > 0 && unit.failed + e2e.failed === 0 ? 1 : 0);
console.log(
  `tests: ${unit.passed + e2e.passed} passed, ${failed} failed, ${unit.skipped + e2e.skipped} skipped`,
);
process.exit(failedSteps.length > 0 ? 1 : 0);
