// Every key a report can hold resolves in every language (issue 12, item 3). The compiler checks
// literal keys against the English texts (MessageKey); these tests check what it cannot see: keys
// built from ids the types leave open (options, actions), the other languages, and that a missing
// key fails loudly instead of printing the raw key into a PDF.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/answers/parse';
import { assess } from '../../src/assessment/assess';
import { RECOMMENDATION_RULES } from '../../src/assessment/recommendations/rules';
import { LANGUAGES, type Language } from '../../src/catalogue/ids';
import { aggregateGroup } from '../../src/group/aggregate';
import type { AnswerPart } from '../../src/i18n/answer-text';
import { actionLabel, notApplicableReason, type MessageKey } from '../../src/i18n/keys';
import { fixedT } from '../../src/i18n/setup';
import { createTranslator, plainT, type Translator } from '../../src/render/resolve-text';
import { text, type ReportDocument, type Text } from '../../src/report/blocks';
import { buildReport } from '../../src/report/build-report';
import { buildGroupReport } from '../../src/report/group/build-group-report';

const strict = (language: Language): Translator =>
  createTranslator(language, (l) => plainT(fixedT(l, { strict: true })));

const FIXTURES = 'test/fixtures/answers';
const files = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const parsed = parseAnswersFile(readFileSync(join(FIXTURES, name)));
    if (!parsed.ok) throw new Error(`${name} does not parse: ${JSON.stringify(parsed.problems)}`);
    return { name, file: parsed.file };
  });

const date = '2026-11-24';
const adviceReports = files.map(({ name, file }) => ({
  name,
  doc: buildReport(assess(file.answers), file.answers, { date, respondentLabel: 'Policy advisor' }),
}));
const group = aggregateGroup(
  files.map(({ name, file }) => ({ id: name, answers: file.answers, assessment: assess(file.answers) })),
);
const groupReports = [false, true].map((showNames) => ({
  name: `group (names: ${showNames})`,
  doc: buildGroupReport(group, { date, showNames }),
}));

/** What a document asks a translator to resolve: its Texts (nested params included, as the
 *  translator resolves those too) and its answer parts (keys and units). The page number gets
 *  the params the PDF renderer fills in. */
function keyedParts(doc: ReportDocument): { texts: Text[]; parts: AnswerPart[] } {
  const pageNumber = { ...doc.frame.pageNumber, params: { page: 1, pages: 2 } };
  const texts: Text[] = [];
  const parts: AnswerPart[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const kind = (value as { kind?: unknown }).kind;
    if (kind === 'key' || kind === 'number') parts.push(value as AnswerPart);
    else if (typeof (value as { key?: unknown }).key === 'string') texts.push(value as Text);
    Object.values(value).forEach(visit);
  };
  visit({ ...doc, frame: { ...doc.frame, pageNumber } });
  return { texts, parts };
}

describe('message keys', () => {
  it('reads every fixture in test/fixtures/answers', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each([...adviceReports, ...groupReports])(
    'resolves every key of the $name report in every language',
    ({ doc }) => {
      const { texts, parts } = keyedParts(doc);
      expect(texts.length).toBeGreaterThan(50);
      for (const language of LANGUAGES) {
        const tr = strict(language);
        for (const t of texts) expect(tr.text(t), t.key).not.toContain('{{');
        for (const p of parts) expect(tr.answer([p])).not.toBe('');
      }
    },
  );

  it('walks the frame, the cover language lines and the recommendation sub-headings too', () => {
    // Over all fixtures: a report whose recommendations have no action point has no sub-headings.
    const keys = new Set(adviceReports.flatMap((r) => keyedParts(r.doc).texts.map((t) => t.key)));
    for (const key of [
      'report.cover.language',
      'report.cover.languageBoth',
      'report.outline.language',
      'report.footer.page',
      'report.recommendations.actions',
      'report.recommendations.noActions',
    ]) {
      expect(keys.has(key as MessageKey), key).toBe(true);
    }
  });

  it('has a label for every action point of every recommendation, in every language', () => {
    const actions = RECOMMENDATION_RULES.flatMap((r) => r.actions.map((a) => actionLabel(r.id, a.id)));
    expect(actions.length).toBeGreaterThan(20);
    for (const language of LANGUAGES) {
      const tr = strict(language);
      for (const key of actions) expect(tr.text(text(key)), key).not.toBe('');
    }
  });

  it('says why for every recommendation that can be not applicable, in every language', () => {
    const conditional = RECOMMENDATION_RULES.filter((r) => r.applicability !== undefined);
    expect(conditional.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const tr = strict(language);
      for (const r of conditional) expect(tr.text(text(notApplicableReason(r.id)))).not.toBe('');
    }
  });

  it('fails on an unknown key: at compile time, and in every language at run time', () => {
    // @ts-expect-error: not a key of locales/en (this line fails tsc if the key check stops working)
    const unknown: Text = text('report.noSuchKey');
    for (const language of LANGUAGES) {
      const tr = strict(language);
      expect(() => tr.text(unknown)).toThrow(/Missing i18n key: report\.noSuchKey/);
      expect(() => tr.answer([{ kind: 'key', key: 'options.nope.nope' as MessageKey }])).toThrow(
        /Missing i18n key/,
      );
    }
  });
});
