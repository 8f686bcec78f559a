// Issue 16, defects 7–10 and 14 at the command line, on generated files: every bad input gives
// exit 2 and a message (never exit 1 with a stack), nothing from a file drives the terminal, and
// nothing is written over an input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/cli/run';
import { fixedT } from '../../src/i18n/setup';
import { answerFileText, generateAnswerFiles } from '../fixtures/generate-answers';
import { deepFormatVersion, manyUnknownIds, unknownIdWithEscapes } from '../fixtures/hostile-documents';

function run(command: 'assess' | 'report' | 'workshop', ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${command}.ts`, ...args], {
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tNl = (key: string, params: Record<string, unknown> = {}) => String(fixedT('nl')(key, params));
const dir = mkdtempSync(join(tmpdir(), 'cli-bad-input-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const good = generateAnswerFiles(3, 9).map((f, i) => write(`good-${i}.json`, answerFileText(f)));
const deep = write('deep.json', deepFormatVersion(8000));
const unknown = write('unknown.json', manyUnknownIds(120_000));
const escapes = write('escapes.json', unknownIdWithEscapes());

// Spawning tsx costs about a second per run on a busy machine; the runs themselves are quick.
describe('command line: bad input', { timeout: 60_000 }, () => {
  it('defect 7: exit 2 with one message for 8,000 nested lists and for 120,000 unknown ids', () => {
    const d = run('assess', deep);
    expect(d.status).toBe(2);
    expect(d.stderr).not.toContain('    at ');
    expect(d.stderr.trim().split('\n')).toHaveLength(1);
    const u = run('assess', unknown);
    expect(u.status).toBe(2);
    expect(u.stderr.trim().split('\n')).toHaveLength(21);
  });

  it('defect 7: exit 2 with the usage for an unknown flag in report and workshop', () => {
    for (const command of ['report', 'workshop'] as const) {
      const r = run(command, '--lang', 'en', '--out', join(dir, 'x.pdf'), '--colour', 'red', good[0] ?? '');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--colour');
      expect(r.stderr).toContain('usage:');
    }
  });

  it('defect 7: workshop without --strict skips the hostile file and goes on', () => {
    const r = run('workshop', '--json', ...good, deep, unknown);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ participants: 3 });
    expect(run('workshop', '--json', '--strict', ...good, deep).status).toBe(2);
  });

  it('defect 8: escapes control characters from a file instead of sending them to the terminal', () => {
    const r = run('assess', escapes);
    expect(r.status).toBe(2);
    for (const c of ['\u001b', '\u0007', '\u009b']) expect(r.stderr).not.toContain(c);
    expect(r.stderr).toContain('\\u{1b}[2J');
  });

  it('defect 9: refuses --out equal to an input and leaves the input as it was', () => {
    const input = write('mine.json', readFileSync(good[0] ?? '', 'utf8'));
    const before = readFileSync(input, 'utf8');
    expect(run('report', input, '--lang', 'en', '--out', input).status).toBe(2);
    expect(run('workshop', '--lang', 'en', '--out', `${dir}/./mine.json`, input, good[1] ?? '').status).toBe(
      2,
    );
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('defect 10: refuses /dev/zero and a 3 GB file from their size, quickly', () => {
    const zero = run('assess', '/dev/zero');
    expect(zero.status).toBe(2);
    expect(zero.stderr).toContain('1 MB');
    const sparse = join(dir, 'sparse.json');
    writeFileSync(sparse, '');
    truncateSync(sparse, 3 * 1024 ** 3); // 3 GB on paper, no disk used
    const big = run('assess', sparse);
    expect(big.status).toBe(2);
    expect(big.stderr).toContain('1 MB');
  });

  it('defect 14: refuses --date 2026-13-45, writes nothing', () => {
    const out = join(dir, 'dated.pdf');
    const r = run('report', good[0] ?? '', '--lang', 'en', '--out', out, '--date', '2026-13-45');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2026-13-45');
    expect(existsSync(out)).toBe(false);
    expect([isRealDate('2026-02-29'), isRealDate('2028-02-29'), isRealDate('2026-11-24')]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('defect 14: with --lang nl the workshop summary lines are Dutch', () => {
    const r = run('workshop', '--lang', 'nl', '--json', ...good, deep);
    expect(r.stderr).toContain(tNl('cli.workshop.skipped', { count: 1 }));
    const few = run('workshop', '--lang', 'nl', '--json', good[0] ?? '', deep);
    expect(few.status).toBe(2);
    expect(few.stderr).toContain(tNl('cli.workshop.needTwo', { count: 1 }));
  });
});
