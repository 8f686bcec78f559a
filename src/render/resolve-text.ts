// Turns the report's keys into words, for both renderers: nested Text params are resolved first,
// user text stays a plain value (i18next does not escape: style.md §6), answers read as answerParts.
import type { TFunction } from 'i18next';
import type { Language } from '../catalogue/ids';
import type { AnswerPart } from '../i18n/answer-text';
import { formatNumber } from '../i18n/format-number';
import type { Cell, Param, Text } from '../report/blocks';

/** The part of i18next's `t` the renderers need. Kept structural, so tests and the CLI can pass
 *  `fixedT(lang, { strict: true })` and the page `i18n.getFixedT(lang)`. */
export type PlainT = (key: string, options?: Record<string, unknown>) => string;

export interface Translator {
  readonly language: Language;
  text(t: Text): string;
  /** An answer in words, in this language or in `lang` when given. */
  answer(parts: readonly AnswerPart[], lang?: Language): string;
  cell(c: Cell): string;
}

/** BCP 47 tags for dates written out ("27 november 2026", "27 November 2026"). */
const DATE_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A YYYY-MM-DD date written out; anything else is shown as given. UTC, so the day never shifts. */
export function formatDate(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(DATE_LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** First-strong isolate … pop directional isolate: the plain-text <bdi>. Around user text on
 *  screen, a name holding U+202E (right-to-left override) reverses only itself, never the words
 *  around it (issue 16, defect 12). The PDF strips them (text-runs.ts), so it does not ask. */
const isolated = (s: string) => `\u2068${s}\u2069`;

export function createTranslator(
  language: Language,
  tForLanguage: (lang: Language) => PlainT,
  { isolateUserText = false }: { isolateUserText?: boolean } = {},
): Translator {
  // Create once, pass down (style.md §12a): one `t` per language, however many texts resolve.
  const ts = new Map<Language, PlainT>();
  const tFor = (lang: Language): PlainT => {
    let t = ts.get(lang);
    if (t === undefined) ts.set(lang, (t = tForLanguage(lang)));
    return t;
  };
  const resolve = (t: Text): string => {
    const tr = tFor(t.lang ?? language);
    const options: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(t.params ?? {})) options[name] = resolveParam(value);
    if (t.context !== undefined) options.context = t.context;
    return tr(t.key, options);
  };
  // A string param is user text (style.md §6): names, labels, dates typed in.
  const resolveParam = (p: Param): string | number => {
    if (typeof p !== 'object') return typeof p === 'string' && isolateUserText ? isolated(p) : p;
    if ('date' in p) return formatDate(p.date, language);
    if ('answer' in p) return answer(p.answer);
    return resolve(p);
  };
  const answer = (parts: readonly AnswerPart[], lang: Language = language): string => {
    const t0 = tFor(lang);
    return parts
      .map((p) => {
        switch (p.kind) {
          case 'key':
            return p.context === undefined ? t0(p.key) : t0(p.key, { context: p.context });
          case 'literal':
            return isolateUserText ? isolated(p.text) : p.text;
          case 'number':
            return `${formatNumber(p.value, lang)} ${t0(p.unitKey)}`;
        }
      })
      .join('; ');
  };
  const cell = (c: Cell): string => {
    switch (c.kind) {
      case 'text':
        return resolve(c.text);
      case 'answer':
        return answer(c.parts, c.lang);
      case 'quoted':
        return `${resolve(c.label)}\n${answer(c.parts, c.lang)}`;
    }
  };
  return { language, text: resolve, answer, cell };
}

/** Adapts i18next's heavily typed `t` to PlainT (the report's keys are checked as MessageKey;
 *  i18next's own key typing, CustomTypeOptions, stays off for the app). */
export function plainT(t: TFunction): PlainT {
  return (key, options) => String(t(key, options ?? {}));
}
