// Spell check of every user-visible string (issue 13, item 5): locales/nl with hunspell nl_NL,
// locales/en with en_US, plus one small word list of names and terms (scripts/spellcheck-words.txt).
// Interpolation placeholders ({{…}}), nesting ($t(…)) and markup are stripped first. Prints each
// unknown word with the keys that use it, and exits 1 when there is any: the goal is zero.
// Needs the Debian packages hunspell, hunspell-nl and hunspell-en-us (.ci/run installs them).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const WORDS = join(ROOT, 'scripts/spellcheck-words.txt');
const DICTIONARIES = { nl: 'nl_NL', en: 'en_US' };

function jsonFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** Every string of a locale file with its key path; iterative, so a deep file cannot overflow. */
function strings(file) {
  const out = [];
  const stack = [[JSON.parse(readFileSync(file, 'utf8')), []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop();
    if (typeof node === 'string') out.push({ key: path.join('.'), text: node });
    else if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) stack.push([v, [...path, k]]);
  }
  return out;
}

/** Keys whose text is deliberately in the other language: the bilingual cover line. */
const OTHER_LANGUAGE_KEYS = {
  nl: new Set(['report.cover.languageBoth']),
  en: new Set(['report.cover.languageBothNl']),
};

/** What a reader sees, without the machinery around it. A quoted title of a source (‘Capital…’,
 *  e.g. a section of the 2011 paper or the dissertation's title) stays in its own language and
 *  is not checked; other quote marks are just punctuation. */
const clean = (text) =>
  text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\$t\([^)]*\)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/‘[A-Z(][^’]*’/g, ' ')
    .replace(/[‘’“”]/g, ' ')
    // A file extension, "(.json)", is checked as the word "json".
    .replace(/(^|[\s(])\.([a-z]+)\b/g, '$1$2')
    // "hoog / middel / laag": a slash between words is punctuation.
    .replace(/\s\/\s/g, ' ');

function hunspellUnknown(language, text) {
  const run = spawnSync('hunspell', ['-d', DICTIONARIES[language], '-p', WORDS, '-i', 'utf-8', '-l'], {
    input: text,
    encoding: 'utf8',
  });
  if (run.error !== undefined || run.status !== 0) {
    console.error(
      `spellcheck: hunspell ${DICTIONARIES[language]} did not run: ${run.error?.message ?? run.stderr}`,
    );
    process.exit(2);
  }
  // A token without a letter ("+" left of "+{{value}}") is no word to check.
  return new Set(run.stdout.split('\n').filter((w) => /\p{L}/u.test(w)));
}

/** locales/nl/errors/answersFile.json → errors.answersFile (the i18n namespace of the file). */
const keyPrefix = (dir, file) =>
  relative(dir, file)
    .replace(/\.json$/, '')
    .split(/[\\/]/)
    .join('.');

/** Unknown words, each with where it is used (word boundaries, so "and" is not found in "land"). */
function unknownWords(language) {
  const dir = join(ROOT, 'locales', language);
  const entries = jsonFiles(dir).flatMap((file) =>
    strings(file)
      .filter((s) => !OTHER_LANGUAGE_KEYS[language].has(`${keyPrefix(dir, file)}.${s.key}`))
      .map((s) => ({ text: clean(s.text), where: `${relative(ROOT, file)}: ${s.key}` })),
  );
  const unknown = hunspellUnknown(language, entries.map((e) => e.text).join('\n'));
  return new Map(
    [...unknown].map((word) => {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u');
      return [word, entries.filter((e) => re.test(e.text)).map((e) => e.where)];
    }),
  );
}

let total = 0;
for (const language of Object.keys(DICTIONARIES)) {
  const found = unknownWords(language);
  total += found.size;
  for (const [word, where] of [...found].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`${language}: ${word}  (${where.slice(0, 3).join('; ')}${where.length > 3 ? ' …' : ''})`);
}
console.log(total === 0 ? 'spellcheck: no unknown words' : `spellcheck: ${total} unknown words`);
process.exit(total === 0 ? 0 : 1);
