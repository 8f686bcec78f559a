// `npm run --silent report -- FILE --lang nl|en|both --out REPORT.pdf` (contract §3), run as a real
// process; the PDFs are checked through their extracted text (pdftotext), never by bytes.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { glossaryTerm } from '../../src/i18n/keys';
import { fixedT } from '../../src/i18n/setup';
import { GLOSSARY_IDS } from '../../src/report/glossary-ids';
import { exampleAnswers, examplePath, EXAMPLE_FILES } from '../assessment/examples';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
const SCRIPTS = 'test/fixtures/answers/report-scripts.json';

async function report(...args: string[]) {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], {
      encoding: 'utf8',
    });
    return { status: 0, stderr: r.stderr };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    return { status: e.code ?? -1, stderr: e.stderr ?? '' };
  }
}

/** pdftotext returns Arabic as presentation forms (U+FExx): NFKC folds them back. Whitespace is
 *  collapsed, since line breaks fall where the layout puts them. */
const pdfText = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .normalize('NFKC')
    .replace(/\s+/g, ' ');
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

const T = { nl: fixedT('nl', { strict: true }), en: fixedT('en', { strict: true }) };
const headings = (lang: 'nl' | 'en') =>
  [
    'nextSteps.title',
    'recommendations.title',
    'conditions.title',
    'networkModel.title',
    'indicators.title',
    'appendix.methodTitle',
    'appendix.title',
  ].map((part) => String(T[lang](`report.${part}`)));
/** Page budget of issue 18 (single language ≤ 12 pages, bilingual ≤ 22) for the worked examples and
 *  the long-scripts fixture. */
const MAX_PAGES = { nl: 12, en: 12, both: 22 } as const;
/** The layout text of each page (pdftotext -layout), pages split on form feeds. */
const layoutPages = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\f')
    .filter((p) => p.trim() !== '');

/** Runs jobs two at a time: ten PDF processes at once starve a loaded two-core machine. */
async function inPairs(jobs: readonly (() => Promise<unknown>)[]): Promise<void> {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) await job();
  };
  await Promise.all([worker(), worker()]);
}
const out = (name: string, lang: string) => join(dir, `${name}-${lang}.pdf`);
const EXAMPLES = Object.keys(EXAMPLE_FILES) as (keyof typeof EXAMPLE_FILES)[];
const LANGS = ['nl', 'en', 'both'] as const;

describe('report CLI', { timeout: 120_000 }, () => {
  const results = new Map<string, { status: number; stderr: string }>();

  beforeAll(async () => {
    const jobs = EXAMPLES.flatMap((ex) => LANGS.map((lang) => [ex, lang] as const));
    await inPairs([
      ...jobs.map(
        ([ex, lang]) =>
          async () =>
            results.set(
              `${ex}-${lang}`,
              await report(examplePath(ex), '--lang', lang, '--out', out(ex, lang), '--date', '2026-11-24'),
            ),
      ),
      async () =>
        results.set(
          'scripts-both',
          await report(SCRIPTS, '--lang', 'both', '--out', out('scripts', 'both'), '--date', '2026-11-24'),
        ),
    ]);
  }, 120_000);

  it.each(EXAMPLES.flatMap((ex) => LANGS.map((lang) => [ex, lang] as const)))(
    'writes example %s in %s with the headings of that language and every high recommendation',
    (ex, lang) => {
      expect(results.get(`${ex}-${lang}`)).toEqual({ status: 0, stderr: '' });
      const text = pdfText(out(ex, lang));
      const langs = lang === 'both' ? (['nl', 'en'] as const) : [lang];
      for (const l of langs) {
        for (const h of headings(l)) expect(text).toContain(h);
        for (const r of assess(exampleAnswers(ex)).recommendations.filter((x) => x.priority === 'high')) {
          expect(text).toContain(String(T[l](`recommendations.${r.id}.title`)));
        }
      }
      // A single-language report has none of the other language's part titles.
      if (lang !== 'both') {
        const other = lang === 'nl' ? 'en' : 'nl';
        expect(text).not.toContain(headings(other)[1]);
      }
      expect(text).toContain(String(exampleAnswers(ex).profile_own_municipality));
      const pages = pageCount(out(ex, lang));
      expect(pages).toBeGreaterThanOrEqual(lang === 'both' ? 12 : 6);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES[lang]);
    },
  );

  it.each(LANGS)('lays out example A in %s by the page rules (checked in the layout text)', (lang) => {
    const pages = layoutPages(out('A', lang));
    const footer = new RegExp(`^\\S.*\\s(\\d+) / ${pages.length}$`);
    const titles = new Set(
      (lang === 'both' ? (['nl', 'en'] as const) : [lang]).flatMap((l) => [
        ...headings(l),
        ...['similarity', 'difference', 'resources', 'trust', 'equality', 'translocal'].map((d) =>
          String(T[l](`dimensions.${d}.name`)),
        ),
      ]),
    );
    pages.forEach((page, i) => {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      // The footer is the last line, alone: nothing is drawn over or beside it.
      expect(lines.at(-1)).toMatch(footer);
      expect(footer.exec(lines.at(-1) ?? '')?.[1]).toBe(String(i + 1));
      // No heading is the last thing above the footer, nor followed by only one line there: it
      // keeps two lines of what follows (even when the first is a one-line paragraph).
      expect(titles.has(lines.at(-2) ?? '')).toBe(false);
      expect(titles.has(lines.at(-3) ?? '')).toBe(false);
    });
    // Dates are written out in the report's language.
    const all = pages.join('\n');
    if (lang !== 'en') expect(all).toContain('Datum: 24 november 2026');
    if (lang !== 'nl') expect(all).toContain('Date: 24 November 2026');
    expect(all).not.toContain('2026-11-24');
  });

  it.each(LANGS)(
    'prints the glossary of example A in %s once, in two column pairs, every term in it',
    (lang) => {
      const all = layoutPages(out('A', lang)).join('\n');
      // The glossary's rows are set as a dictionary's: two Dutch–English pairs side by side.
      expect(all).toMatch(/Nederlands {2,}English {2,}Nederlands {2,}English/);
      // A wrapped cell's lines interleave with its neighbours' in the extracted text, so each
      // term is checked word by word: no row is lost when the rows are split into two halves.
      const words = new Set(pdfText(out('A', lang)).split(' '));
      for (const id of GLOSSARY_IDS) {
        for (const l of ['nl', 'en'] as const) {
          for (const word of String(T[l](glossaryTerm(id))).split(/\s+/)) expect(words).toContain(word);
        }
      }
    },
  );

  it('keeps the page budget for Turkish letters, Arabic script and a 5,000-character answer', () => {
    expect(pageCount(out('scripts', 'both'))).toBeLessThanOrEqual(MAX_PAGES.both);
  });

  it('writes Turkish letters, Arabic script and a 5,000-character answer completely', () => {
    expect(results.get('scripts-both')).toEqual({ status: 0, stderr: '' });
    const text = pdfText(out('scripts', 'both'));
    for (const name of [
      'Emirdağ',
      'Al Hoceïma',
      'İzmit',
      'الحسيمة',
      'تعلمنا الكثير من الزيارات المتبادلة بين البلديتين',
    ]) {
      expect(text).toContain(name);
    }
    const long = (JSON.parse(readFileSync(SCRIPTS, 'utf8')) as { answers: { obj_objectives_text: string } })
      .answers.obj_objectives_text;
    expect(long).toHaveLength(5000);
    // Every numbered sentence of the long answer, once (the bilingual appendix quotes a free text
    // once for both languages), and its tail (one 'word' wider than the page, so it is cut into
    // lines) with no letter lost.
    const sentences = long.match(/Sentence \d{3}:/g) ?? [];
    expect(sentences.length).toBeGreaterThan(50);
    for (let i = 1; i <= sentences.length; i += 1) {
      const marker = `Sentence ${String(i).padStart(3, '0')}:`;
      expect(text.split(marker).length - 1).toBe(1);
    }
    const xs = text.replace(/\s/g, '').match(/x{40,}/g) ?? [];
    const tail = /x+$/.exec(long)?.[0].length;
    expect(xs.map((x) => x.length)).toEqual([tail]);
  });

  it('keeps the bilingual PDF within its 400 KB budget', () => {
    const size = execFileSync('stat', ['-c', '%s', out('A', 'both')], { encoding: 'utf8' });
    expect(Number(size)).toBeLessThanOrEqual(400 * 1024);
  });

  it('refuses a bad file with exit 2, every problem on stderr, and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'partnership-mirror/answers',
        formatVersion: 1,
        catalogueVersion: '1',
        savedAt: '2026-11-22T10:15:00.000Z',
        language: 'en',
        answers: { profile_side: 'sideways', cond_trust_continuity: 9 },
      }),
    );
    const target = join(dir, 'bad.pdf');
    const r = await report(bad, '--lang', 'en', '--out', target);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('profile_side');
    expect(r.stderr).toContain('cond_trust_continuity');
    expect(existsSync(target)).toBe(false);
  });

  it('exits 2 on a wrong --lang or a missing file, writing nothing', async () => {
    const target = join(dir, 'none.pdf');
    expect((await report(examplePath('A'), '--lang', 'fr', '--out', target)).status).toBe(2);
    expect((await report(join(dir, 'missing.json'), '--lang', 'en', '--out', target)).status).toBe(2);
    expect(existsSync(target)).toBe(false);
  });
});
