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
  answer(parts: readonly AnswerPart[]): string;
  cell(c: Cell): string;
}

export function createTranslator(language: Language, tForLanguage: (lang: Language) => PlainT): Translator {
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
  const resolveParam = (p: Param): string | number => (typeof p === 'object' ? resolve(p) : p);
  const t0 = tFor(language);
  const answer = (parts: readonly AnswerPart[]): string =>
    parts
      .map((p) => {
        switch (p.kind) {
          case 'key':
            return p.context === undefined ? t0(p.key) : t0(p.key, { context: p.context });
          case 'literal':
            return p.text;
          case 'number':
            return `${formatNumber(p.value, language)} ${t0(p.unitKey)}`;
        }
      })
      .join('; ');
  return {
    language,
    text: resolve,
    answer,
    cell: (c) => (c.kind === 'text' ? resolve(c.text) : answer(c.parts)),
  };
}

/** Adapts i18next's heavily typed `t` to PlainT (the report's keys are checked as MessageKey;
 *  i18next's own key typing, CustomTypeOptions, stays off for the app). */
export function plainT(t: TFunction): PlainT {
  return (key, options) => String(t(key, options ?? {}));
}
