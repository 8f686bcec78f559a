// Every language has the keys of en, every catalogue id has its texts, and every literal key the
// code passes to t() or text() exists (extracted with i18next-parser's lexer, as a translator's
// tool would see the code). test/i18n/message-key.test.ts resolves the keys reports really hold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JsxLexer } from 'i18next-parser';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, SECTIONS } from '../src/catalogue/catalogue';
import { DIMENSION_IDS, INDICATOR_IDS, RECOMMENDATION_IDS } from '../src/catalogue/ids';
import { LANGUAGES } from '../src/catalogue/languages';
import { LIKERT_VALUES, YES_NO_UNSURE_VALUES } from '../src/catalogue/scales';
import * as keys from '../src/i18n/keys';
import { resources } from '../src/i18n/resources';

function flatten(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.add(prefix);
  return out;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

// English is the reference (typed keys derive from it); every language is checked against it.
const en = flatten(resources.en.translation);
const others = LANGUAGES.filter((l) => l !== 'en');

// A key with i18next context or plural suffixes resolves to its base form.
const has = (set: Set<string>, key: string) =>
  set.has(key) ||
  [...set].some((k) => k.startsWith(`${key}_`) && /_(one|other|zero|destination|source)$/.test(k));

describe('locales', () => {
  it('has a locales folder for exactly the languages of src/catalogue/languages.ts', () => {
    const folders = readdirSync('locales').filter((name) => statSync(join('locales', name)).isDirectory());
    expect(folders.sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(others)('has the same keys in en and %s', (lng) => {
    const other = flatten(resources[lng].translation);
    expect([...en].filter((k) => !other.has(k))).toEqual([]);
    expect([...other].filter((k) => !en.has(k))).toEqual([]);
  });

  it('registers every locale file on disk in resources.ts', () => {
    for (const lng of LANGUAGES) {
      const files = filesUnder(join('locales', lng), /\.json$/).map((f) => relative(join('locales', lng), f));
      const registered = files.filter((f) => {
        const path = f.replace(/\.json$/, '').split('/');
        let node: unknown = resources[lng].translation;
        for (const p of path)
          node = node && typeof node === 'object' ? (node as Record<string, unknown>)[p] : undefined;
        return node !== undefined;
      });
      expect(registered.sort()).toEqual(files.sort());
    }
  });

  it('has no empty text', () => {
    const empty = (tree: unknown, p = ''): string[] =>
      tree !== null && typeof tree === 'object'
        ? Object.entries(tree).flatMap(([k, v]) => empty(v, p ? `${p}.${k}` : k))
        : tree === ''
          ? [p]
          : [];
    // The unknown network model has nothing to say about meaning, by design.
    const allowed = ['networkModels.unknown.meaning'];
    for (const lng of LANGUAGES)
      expect(empty(resources[lng].translation).filter((k) => !allowed.includes(k))).toEqual([]);
  });

  it('has a title and intro for every section, a label and help for every question', () => {
    const needed = [
      ...SECTIONS.flatMap((s) => [keys.sectionTitle(s.id), keys.sectionIntro(s.id)]),
      ...QUESTIONS.flatMap((q) => [keys.questionLabel(q.id), keys.questionHelp(q.id)]),
    ];
    expect(needed.filter((k) => !en.has(k))).toEqual([]);
  });

  it('has both side wordings for every side-dependent question', () => {
    const needed = QUESTIONS.filter((q) => q.sideWording).flatMap((q) => [
      `${keys.questionLabel(q.id)}_destination`,
      `${keys.questionLabel(q.id)}_source`,
    ]);
    expect(needed.filter((k) => !en.has(k))).toEqual([]);
  });

  it('has a label for every option, and "none of these" where [] is allowed', () => {
    const needed = QUESTIONS.flatMap((q) =>
      q.type === 'single' || q.type === 'multi'
        ? [
            ...q.options.map((o) => keys.optionLabel(q.id, o)),
            ...(q.type === 'multi' && q.noneOk ? [keys.noneOfTheseLabel(q.id)] : []),
          ]
        : [],
    );
    expect(needed.filter((k) => !en.has(k))).toEqual([]);
  });

  it('has the shared scales', () => {
    const needed = [
      ...LIKERT_VALUES.flatMap((v) => [keys.likertLabel('agree', v), keys.likertLabel('extent', v)]),
      keys.unsureLabel(),
      ...YES_NO_UNSURE_VALUES.map(keys.yesNoUnsureLabel),
      keys.unitLabel('years'),
    ];
    expect(needed.filter((k) => !en.has(k))).toEqual([]);
  });

  it('names every dimension, indicator and recommendation', () => {
    const needed = [
      ...DIMENSION_IDS.flatMap((d) => [keys.dimensionName(d), keys.dimensionExplanation(d)]),
      ...INDICATOR_IDS.map(keys.indicatorName),
      ...RECOMMENDATION_IDS.flatMap((r) => [keys.recommendationTitle(r), keys.recommendationSummary(r)]),
    ];
    expect(needed.filter((k) => !en.has(k))).toEqual([]);
  });

  it('has every literal key that the code passes to t()', () => {
    const lexer = new JsxLexer({ functions: ['t'] });
    const used = filesUnder('src', /\.tsx?$/).flatMap((file) =>
      lexer.extract(readFileSync(file, 'utf8'), file).map((k: { key: string }) => ({ file, key: k.key })),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter(({ key }) => !has(en, key))).toEqual([]);
  });

  it('has every literal key that the report builders pass to text()', () => {
    const lexer = new JsxLexer({ functions: ['text'] });
    const used = filesUnder(join('src', 'report'), /\.ts$/).flatMap((file) =>
      lexer.extract(readFileSync(file, 'utf8'), file).map((k: { key: string }) => ({ file, key: k.key })),
    );
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter(({ key }) => !has(en, key))).toEqual([]);
  });
});
