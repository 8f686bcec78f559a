// assess and report with --compare EARLIER.json (issue 15), run as real processes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparedAssessmentSchema } from '../../src/assessment/comparison-schema';
import { fixedT } from '../../src/i18n/setup';
import { examplePath } from '../assessment/examples';

const EARLIER = 'test/fixtures/answers/example-a-lindestad-earlier.json';
const dir = mkdtempSync(join(tmpdir(), 'compare-cli-'));

const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

const pdfText = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(
    /\s+/g,
    ' ',
  );

function otherPartnership(): string {
  const file = JSON.parse(readFileSync(EARLIER, 'utf8')) as { answers: Record<string, unknown> };
  file.answers.profile_partner_municipality = 'Nador';
  const path = join(dir, 'other.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}

describe('--compare', { timeout: 60_000 }, () => {
  it('assess prints the Assessment with the additive comparison', () => {
    const r = run('assess', examplePath('A'), '--compare', EARLIER);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = comparedAssessmentSchema.parse(JSON.parse(r.stdout));
    expect(out.comparison.earlierSavedAt).toBe('2025-11-18T09:30:00.000Z');
    expect(out.comparison.networkModel).toEqual({ then: 'hybrid', now: 'multi_actor' });
    expect(out.comparison.actionsResolved).toEqual(['R6_join_city_networks']);
  });

  it('assess refuses files of two partnerships with exit 2 and a clear message', () => {
    const other = otherPartnership();
    const r = run('assess', examplePath('A'), '--compare', other);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${other}: ${String(
        fixedT('en')('errors.compare.different_partnership', {
          nowOwn: 'Lindestad',
          nowPartner: 'Tepekent',
          earlierOwn: 'Lindestad',
          earlierPartner: 'Nador',
        }),
      )}\n`,
    );
  });

  it('report adds the comparison part and the plan to the PDF', () => {
    const out = join(dir, 'compare-nl.pdf');
    const r = run('report', examplePath('A'), '--compare', EARLIER, '--lang', 'nl', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const t = fixedT('nl', { strict: true });
    const text = pdfText(out);
    for (const key of [
      'comparison.title',
      'comparison.addedTitle',
      'comparison.resolvedTitle',
      'comparison.plan.title',
    ])
      expect(text).toContain(String(t(key)));
    expect(text).toContain(String(t('networkModels.hybrid.name')));
  });

  it('report writes nothing for two partnerships (exit 2)', () => {
    const out = join(dir, 'never.pdf');
    const r = run('report', examplePath('A'), '--compare', otherPartnership(), '--lang', 'en', '--out', out);
    expect(r.status).toBe(2);
    expect(() => readFileSync(out)).toThrow();
  });
});
