// `npm run --silent assess -- FILE` (contract §3), run as a real process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/assessment/schema';
import { fixedT } from '../../src/i18n/setup';
import { examplePath } from '../assessment/examples';

function runAssess(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tEn = (key: string) => String(fixedT('en')(key));

describe('assess CLI', { timeout: 30_000 }, () => {
  it('prints the catalogue "2" Assessment of a (catalogue "1") file as JSON and exits 0', () => {
    const r = runAssess(examplePath('B'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const a = assessmentSchema.parse(JSON.parse(r.stdout));
    // content-model-v2 §6, example B.
    expect(a.catalogueVersion).toBe('2');
    expect(a.networkModel.id).toBe('classic');
    expect(a.coverage).toEqual({ answered: 55, applicable: 59 });
    expect(a.dimensions.map((d) => d.score)).toEqual([80, 29, 30, 88, 33, 18]);
    expect(a.dimensions.map((d) => d.notApplicable)).toEqual([false, false, false, false, false, false]);
    expect(a.learningBalance).toEqual({ own: 25, partner: 100, gap: -75, oneWay: true });
    expect(a.recommendations.map((x) => x.id)).toEqual(['R1', 'R7', 'R2', 'R3', 'R4', 'R6', 'R5']);
    expect(r.stdout).toContain('\n  "coverage": {'); // two-space indent
  });

  it('refuses a broken file with exit 2, naming the file and every problem with its question', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-cli-'));
    const path = join(dir, 'broken.json');
    const file = {
      format: 'partnership-mirror/answers',
      formatVersion: 1,
      catalogueVersion: '1',
      savedAt: '2026-11-22T10:15:00.000Z',
      language: 'en',
      answers: { cond_capacity: 7, act_cso_role: 'lots' },
    };
    writeFileSync(path, JSON.stringify(file));
    const r = runAssess(path);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${path}: act_cso_role: ${tEn('errors.answersFile.unknown_option')}`,
      `${path}: cond_capacity: ${tEn('errors.answersFile.not_a_scale_value')}`,
    ]);
  });

  it('refuses a file that is not JSON with exit 2', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'assess-cli-')), 'notes.json');
    writeFileSync(path, 'not json at all');
    const r = runAssess(path);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${path}: ${tEn('errors.answersFile.not_json')}\n`);
  });

  it('exits 2 for a missing file, naming it', () => {
    const r = runAssess('no/such/answers.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such/answers.json');
    expect(r.stdout).toBe('');
  });

  it('exits 2 with the usage when no file is given (bad input, like the other commands)', () => {
    const r = runAssess();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run --silent assess -- FILE');
  });
});

describe('assess CLI and catalogue versions (content-model-v2 §1)', { timeout: 30_000 }, () => {
  it('refuses a catalogue "3" file with exit 2, naming both versions', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'assess-cli-')), 'newer.json');
    writeFileSync(
      path,
      JSON.stringify({
        format: 'partnership-mirror/answers',
        formatVersion: 1,
        catalogueVersion: '3',
        savedAt: '2026-11-22T10:15:00.000Z',
        language: 'en',
        answers: {},
      }),
    );
    const r = runAssess(path);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3');
    expect(r.stderr).toBe(
      `${path}: ${String(fixedT('en')('errors.answersFile.newer_catalogue_version', { version: '3', current: '2' }))}\n`,
    );
  });
});
