// `npm run --silent workshop` (contract §3, issue 8), run as a real process on generated files.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupResultSchema } from '../../src/group/schema';
import { fixedT } from '../../src/i18n/setup';
import { plainT } from '../../src/render/resolve-text';
import { answerFileText, generateAnswerFiles } from '../fixtures/generate-answers';

function runWorkshop(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/workshop.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tEn = plainT(fixedT('en'));
const tNl = plainT(fixedT('nl'));

const dir = mkdtempSync(join(tmpdir(), 'workshop-cli-'));
const good = generateAnswerFiles(4, 5).map((f, i) => {
  const path = join(dir, `participant-${i}.json`);
  writeFileSync(path, answerFileText(f));
  return path;
});
const bad = join(dir, 'bad.json');
writeFileSync(bad, '{ "format": "partnership-mirror/answers", "formatVersion": 1 ');

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-layout', path, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
// pdftotext breaks long lines; compare words with single spaces.
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('workshop CLI', { timeout: 60_000 }, () => {
  it('prints the group result as JSON in the shape of the schema', () => {
    const r = runWorkshop('--json', ...good);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const g = groupResultSchema.parse(JSON.parse(r.stdout));
    expect(g).toMatchObject({ format: 'partnership-mirror/group', catalogueVersion: '2', participants: 4 });
    expect(g.dimensions.map((d) => d.id)).toEqual([
      'similarity',
      'difference',
      'resources',
      'trust',
      'equality',
      'translocal',
    ]);
    expect(g.recommendations).toHaveLength(7);
  });

  it('skips a bad file among good ones, says why on stderr, and exits 0', () => {
    const r = runWorkshop('--json', ...good, bad);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${bad}: ${tEn('errors.answersFile.not_json')}`);
    expect(groupResultSchema.parse(JSON.parse(r.stdout)).participants).toBe(4);
  });

  it('counts the same file twice once', () => {
    const r = runWorkshop('--json', good[0] ?? '', good[1] ?? '', good[0] ?? '');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('counted once');
    expect(groupResultSchema.parse(JSON.parse(r.stdout)).participants).toBe(2);
  });

  it('with --strict refuses the whole set for one bad file, writing nothing (exit 2)', () => {
    const out = join(dir, 'strict.pdf');
    const r = runWorkshop('--strict', '--lang', 'en', '--out', out, ...good, bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(bad);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when fewer than two good files remain', () => {
    const r = runWorkshop('--json', good[0] ?? '', bad);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('explains the decision on bad files in --help', () => {
    const r = runWorkshop('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--strict');
    expect(r.stdout).toContain('skipped');
  });

  it.each([
    ['en', tEn],
    ['nl', tNl],
  ] as const)('writes the group report as PDF in %s', (lang, t) => {
    const out = join(dir, `group-${lang}.pdf`);
    const r = runWorkshop('--lang', lang, '--out', out, '--date', '2026-11-24', ...good);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = squash(pdfText(out));
    expect(text).toContain(t('group.report.cover.title'));
    expect(text).toContain(t('group.report.dimensions.title'));
    expect(text).toContain(t('group.report.discussion.title'));
    expect(text).toContain(t('group.report.recommendations.title'));
    expect(text).toContain(t('group.report.sides.destination'));
    // The date written out in the report's language, as in the personal report.
    expect(text).toContain(lang === 'nl' ? '24 november 2026' : '24 November 2026');
    expect(text).not.toContain('2026-11-24');
    // No names unless asked for.
    expect(text).not.toContain(t('group.report.participants.caption'));
  });

  it('writes both languages, and participant rows only with --show-names', () => {
    const out = join(dir, 'group-both.pdf');
    const r = runWorkshop('--lang', 'both', '--out', out, '--show-names', ...good);
    expect(r.status).toBe(0);
    const text = squash(pdfText(out));
    expect(text).toContain(tNl('group.report.cover.title'));
    expect(text).toContain(tEn('group.report.cover.title'));
    expect(text).toContain(tEn('group.report.participants.caption'));
    expect(text).toContain('Participant 1');
  });

  it('lists what participants wrote, with their labels only with --show-names', () => {
    const files = [0, 1].map((i) => {
      const file = JSON.parse(answerFileText(generateAnswerFiles(2, 7)[i]!)) as {
        respondent?: { label: string };
        answers: Record<string, unknown>;
      };
      file.respondent = { label: `Quetzal ${i}` };
      file.answers.obj_objectives_text = `Shared parks plan ${i}`;
      const path = join(dir, `texts-${i}.json`);
      writeFileSync(path, JSON.stringify(file));
      return path;
    });
    const pdf = (...flags: string[]) => {
      const out = join(dir, `texts${flags.join('')}.pdf`);
      expect(runWorkshop('--lang', 'en', '--out', out, ...flags, ...files).status).toBe(0);
      return squash(pdfText(out));
    };
    const anonymous = pdf();
    expect(anonymous).toContain(tEn('group.report.texts.title'));
    expect(anonymous).toContain('Shared parks plan 0');
    expect(anonymous).not.toContain('Quetzal');
    const named = pdf('--show-names');
    expect(named).toContain('Quetzal 1: Shared parks plan 1');
  });

  const otherPair = join(dir, 'amsterdam.json');
  {
    const file = JSON.parse(answerFileText(generateAnswerFiles(1, 11)[0]!)) as {
      answers: Record<string, unknown>;
    };
    file.answers.profile_own_municipality = 'Amsterdam';
    file.answers.profile_partner_municipality = 'Nador';
    writeFileSync(otherPair, JSON.stringify(file));
  }

  it('leaves out a file about another partnership, names it on stderr, and exits 0', () => {
    const r = runWorkshop('--json', ...good, otherPair);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`left out (about another partnership): ${otherPair} — Amsterdam–Nador\n`);
    const g = groupResultSchema.parse(JSON.parse(r.stdout));
    expect(g.participants).toBe(4);
    expect(g.pairs.map((p) => [p.own, p.partner, p.files, p.included])).toEqual([
      [expect.any(String), expect.any(String), 4, true],
      ['Amsterdam', 'Nador', 1, false],
    ]);
  });

  it('includes every partnership with --all-pairs', () => {
    const r = runWorkshop('--json', '--all-pairs', ...good, otherPair);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(groupResultSchema.parse(JSON.parse(r.stdout)).participants).toBe(5);
  });

  it('writes one CSV per dimension and indicator with --csv DIR (Dutch: ";" and decimal comma)', () => {
    const out = join(dir, 'csv-nl');
    const r = runWorkshop('--lang', 'nl', '--csv', out, ...good);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toHaveLength(18);
    const trust = readFileSync(join(out, 'trust.csv'), 'utf8');
    expect(trust.startsWith('\uFEFF')).toBe(true);
    const rows = trust
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(rows[0]?.[0]).toBe(tNl('group.csv.table'));
    expect(rows.every((row) => row.length === rows[0]?.length)).toBe(true);
    const likert = rows.find((row) => row[1] === 'cond_trust_continuity' && row[3] === tNl('group.csv.all'));
    expect(likert?.[4]).toBe('4');
    // The mean of a likert question, with a decimal comma where it has decimals.
    expect(likert?.[8]).toMatch(/^\d(,\d)?$/);
  });
});
