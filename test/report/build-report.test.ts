import { recommendationTitle } from '../../src/i18n/keys';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import type { Assessment } from '../../src/assessment/schema';
import type { Answers } from '../../src/catalogue/answers';
import { fixedT } from '../../src/i18n/setup';
import { createTranslator, plainT } from '../../src/render/resolve-text';
import { buildReport, type ReportMeta } from '../../src/report/build-report';
import { GLOSSARY_IDS } from '../../src/report/glossary-ids';
import { exampleAnswers } from '../assessment/examples';
import { blocksOf, keysOf, textsOf } from './helpers';

const META = { date: '2026-11-24', respondentLabel: 'Policy advisor' };
const report = (answers: Answers, meta: ReportMeta = META) => buildReport(assess(answers), answers, meta);
const en = createTranslator('en', (lang) => plainT(fixedT(lang, { strict: true })));

describe('buildReport', () => {
  it('lays out the parts in the order of the issue, after the cover', () => {
    const doc = report(exampleAnswers('A'));
    expect(doc.blocks[0]?.kind).toBe('cover');
    expect(blocksOf(doc, 'section').map((s) => s.id)).toEqual([
      'summary',
      'conditions',
      'network-model',
      'recommendations',
      'indicators',
      'appendix',
    ]);
  });

  it('is pure: the same input gives the same document, in any language', () => {
    expect(report(exampleAnswers('B'))).toEqual(report(exampleAnswers('B')));
  });

  it('resolves every key it uses in both languages (strict t throws on a missing key)', () => {
    for (const key of ['A', 'B', 'C'] as const) {
      const doc = report(exampleAnswers(key));
      for (const lang of ['nl', 'en'] as const) {
        const tr = createTranslator(lang, (l) => plainT(fixedT(l, { strict: true })));
        for (const t of textsOf(doc)) {
          const s = tr.text(t);
          expect(s).not.toContain('{{');
          expect(s).not.toBe(t.key);
        }
      }
    }
  });

  it('puts the municipality names and the respondent label on the cover as params only', () => {
    const answers = { ...exampleAnswers('A'), profile_own_municipality: '<b>Emirdağ</b>' };
    const doc = report(answers);
    const cover = blocksOf(doc, 'cover')[0];
    expect(cover?.lines.map((l) => en.text(l))).toEqual([
      'Partnership between <b>Emirdağ</b> and Tepekent',
      'Completed by: Policy advisor',
      'Date: 2026-11-24',
      en.text({ key: 'report.cover.method' }),
    ]);
    expect(keysOf(doc).some((k) => k.includes('Emirdağ'))).toBe(false);
  });

  it('leaves out the respondent line when there is no label, and says "not given" for a missing name', () => {
    const answers = { ...exampleAnswers('A') };
    delete (answers as Record<string, unknown>).profile_partner_municipality;
    const cover = blocksOf(report(answers, { date: '2026-01-02' }), 'cover')[0];
    expect(cover?.lines.map((l) => en.text(l))).toEqual([
      'Partnership between Lindestad and (not given)',
      'Date: 2026-01-02',
      en.text({ key: 'report.cover.method' }),
    ]);
  });

  it('summarises example A: network model, top three, strongest and weakest, coverage', () => {
    const doc = report(exampleAnswers('A'));
    const start = doc.blocks.findIndex((b) => b.kind === 'section' && b.id === 'summary');
    const end = doc.blocks.findIndex((b) => b.kind === 'section' && b.id === 'conditions');
    const summary = doc.blocks.slice(start, end);
    const lines = summary.flatMap((b) =>
      b.kind === 'paragraph' ? [en.text(b.text)] : b.kind === 'list' ? b.items.map((i) => en.text(i)) : [],
    );
    expect(lines[0]).toMatch(/^Your answers point to this governance network model: Multi-actor model\./);
    // content-model-v2 §2.4: R2 (4 of 4 action points) before R1 (3 of 4) before R3 (2 of 3).
    expect(lines.slice(1, 4)).toEqual(
      (['R2', 'R1', 'R3'] as const).map(
        (r) => `${en.text({ key: recommendationTitle(r) })} (priority: High)`,
      ),
    );
    // v2 §2.1: strongest and weakest among the five of ch. 9.5.1; difference 71 ties with trust 71
    // and is earlier. (v1 chose the sixth, translocal 90.)
    expect(lines).toContain(
      `${en.text({ key: 'report.summary.strongest', params: { name: { key: 'dimensions.difference.name' }, score: 71 } })}`,
    );
    expect(lines).toContain(
      en.text({
        key: 'report.summary.weakest',
        params: { name: { key: 'dimensions.similarity.name' }, score: 30 },
      }),
    );
    expect(lines).toContain('Based on 60 of 62 applicable questions.');
  });

  it('draws the six dimension scores as a chart with the same numbers as its table', () => {
    const chart = blocksOf(report(exampleAnswers('B')), 'chart')[0];
    expect(chart?.chart.type).toBe('dimensionBars');
    if (chart?.chart.type !== 'dimensionBars') throw new Error('no chart');
    expect(chart.chart.items.map((i) => [i.id, i.score])).toEqual([
      ['similarity', 80],
      ['difference', 29],
      ['resources', 30],
      ['trust', 88],
      ['equality', 33],
      ['translocal', 18],
    ]);
    expect(chart.table.rows.map((r) => r.map((c) => en.cell(c))[1])).toEqual([
      '80',
      '29',
      '30',
      '88',
      '33',
      '18',
    ]);
  });

  it('says "too few answers to say" for every dimension of an empty session, and the model is not determined', () => {
    const doc = report({});
    const keys = keysOf(doc);
    expect(keys.filter((k) => k === 'report.conditions.tooFew')).toHaveLength(6);
    expect(keys).not.toContain('report.conditions.score');
    expect(keys).toContain('report.summary.noScores');
    expect(keys).toContain('report.summary.networkModelUnknown');
    const chart = blocksOf(doc, 'chart')[1];
    expect(chart?.chart.type === 'networkModels' && chart.chart.highlighted).toBe(null);
  });

  it('quotes the answers that drove a dimension, in words', () => {
    const doc = report(exampleAnswers('A'));
    const i = doc.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text.key === 'dimensions.similarity.name',
    );
    const answers = doc.blocks.slice(i).find((b) => b.kind === 'answers');
    if (answers?.kind !== 'answers') throw new Error('no answers block');
    expect(answers.items.map((a) => a.question)).toEqual([
      'cond_professional_similarity',
      'ex_peer_contact',
      'ex_methods',
    ]);
    expect(en.answer(answers.items[0]?.parts ?? [])).toBe('Neither agree nor disagree');
  });

  it('lists recommendations highest priority first, with the triggering answers and action points', () => {
    const recs = blocksOf(report(exampleAnswers('B')), 'recommendation');
    expect(recs.map((r) => r.id)).toEqual(['R1', 'R7', 'R2', 'R3', 'R4', 'R6', 'R5']);
    const r4 = recs[4];
    // content-model-v2 §2.3: civil_society_support 0 rests on one answer, so R4 is medium.
    expect(en.text(r4!.priority)).toBe('Priority: Medium');
    expect(r4?.because.map((b) => b.question)).toEqual(['out_interfaces_strengthened']);
    expect(r4?.actions.map((a) => a.key)).toEqual(['recommendations.R4.actions.R4_strengthen_interfaces']);
    expect(en.text(r4!.source)).toBe('Source: ch. 10, recommendation 4');
  });

  it('reads "too few answers to judge" for a low priority on less than half the evidence', () => {
    const a = assess({});
    const recs = blocksOf(buildReport(a, {}, META), 'recommendation');
    expect(recs).toHaveLength(7);
    expect(recs.every((r) => en.text(r.priority) === 'Priority: Too few answers to judge')).toBe(true);
    // Example C's R4 is low with evidence 0.67: a plain "low".
    const c = blocksOf(report(exampleAnswers('C')), 'recommendation').find((r) => r.id === 'R4');
    expect(en.text(c!.priority)).toBe('Priority: Low');
  });

  it('lists a not-applicable R7 briefly at the end with its reason, not as a full recommendation', () => {
    const answers = { ...exampleAnswers('B'), tl_diaspora_link: 'none', tl_migrants_involved: 'none' };
    const doc = report(answers);
    expect(blocksOf(doc, 'recommendation').map((r) => r.id)).not.toContain('R7');
    const i = doc.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text.key === 'report.recommendations.notApplicableTitle',
    );
    const list = doc.blocks[i + 1];
    expect(list?.kind === 'list' && list.items.map((t) => en.text(t))).toEqual([
      `Recommendation 7: ${en.text({ key: 'recommendations.R7.title' })}. ${en.text({ key: 'recommendations.notApplicableReason.R7' })}`,
    ]);
  });

  it('puts the twelve indicators in a table, "too few answers" for a null score', () => {
    const table = blocksOf(report({ profile_side: 'source' }), 'table').find(
      (t) => t.caption.key === 'report.indicators.caption',
    );
    expect(table?.rows).toHaveLength(12);
    expect(table?.rows.every((r) => en.cell(r[1]!) === 'Too few answers')).toBe(true);
  });

  it('quotes every applicable answer in the appendix, a 5,000-character text whole', () => {
    const long = 'Ş'.repeat(2500) + ' ' + 'x'.repeat(2499);
    const answers = { ...exampleAnswers('A'), obj_objectives_text: long };
    const doc = report(answers);
    const start = doc.blocks.findIndex((b) => b.kind === 'section' && b.id === 'appendix');
    const quoted = doc.blocks.slice(start).flatMap((b) => (b.kind === 'answers' ? b.items : []));
    expect(quoted).toHaveLength(60);
    expect(en.answer(quoted.find((q) => q.question === 'obj_objectives_text')!.parts)).toBe(long);
  });

  it('leaves answers to hidden questions out of the appendix', () => {
    const answers = { ...exampleAnswers('B'), act_municipal_support_cso: 5 };
    const doc = report(answers);
    const start = doc.blocks.findIndex((b) => b.kind === 'section' && b.id === 'appendix');
    const ids = doc.blocks
      .slice(start)
      .flatMap((b) => (b.kind === 'answers' ? b.items.map((i) => i.question) : []));
    expect(ids).not.toContain('act_municipal_support_cso');
    expect(ids).toHaveLength(55);
  });

  it('shows the glossary with Dutch and English terms side by side', () => {
    const table = blocksOf(report(exampleAnswers('A')), 'table').find(
      (t) => t.caption.key === 'report.appendix.glossaryCaption',
    );
    expect(table?.rows).toHaveLength(GLOSSARY_IDS.length);
    expect(table?.rows[1]?.map((c) => en.cell(c))).toEqual(['partnergemeente', 'partner municipality']);
  });

  it('knows every glossary entry of the locales', () => {
    const glossary = JSON.parse(readFileSync('locales/en/glossary.json', 'utf8')) as object;
    expect([...GLOSSARY_IDS]).toEqual(Object.keys(glossary));
  });

  it('accepts a hand-made Assessment (the builder only reads the contract fields)', () => {
    const a: Assessment = { ...assess({}), networkModel: { id: 'hybrid', contributions: [] } };
    const keys = keysOf(buildReport(a, {}, META));
    expect(keys).toContain('networkModels.hybrid.meaning');
  });
});
