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
      'next-steps',
      'recommendations',
      'conditions',
      'network-model',
      'indicators',
      'method',
    ]);
    expect(
      doc.closing?.single.filter((b) => b.kind === 'section').map((b) => b.kind === 'section' && b.id),
    ).toEqual(['appendix']);
  });

  it('is pure: the same input gives the same document, in any language', () => {
    expect(report(exampleAnswers('B'))).toEqual(report(exampleAnswers('B')));
  });

  it('resolves every key it uses in both languages (strict t throws on a missing key)', () => {
    for (const key of ['A', 'B', 'C'] as const) {
      const doc = report(exampleAnswers(key));
      for (const lang of ['nl', 'en'] as const) {
        const tr = createTranslator(lang, (l) => plainT(fixedT(l, { strict: true })));
        for (const t of [...textsOf(doc), ...textsOf({ ...doc, blocks: doc.closing?.bilingual ?? [] })]) {
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
      'Date: 24 November 2026',
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
      'Date: 2 January 2026',
      en.text({ key: 'report.cover.method' }),
    ]);
  });

  it("writes the date out in the report's language", () => {
    const cover = blocksOf(report(exampleAnswers('A'), { date: '2026-11-27' }), 'cover')[0];
    const nl = createTranslator('nl', (lang) => plainT(fixedT(lang, { strict: true })));
    expect(cover?.lines.map((l) => nl.text(l))).toContain('Datum: 27 november 2026');
    expect(cover?.lines.map((l) => en.text(l))).toContain('Date: 27 November 2026');
  });

  it('puts up to five first steps on the front page, round by round over the recommendations', () => {
    const steps = (key: 'A' | 'B' | 'C') => blocksOf(report(exampleAnswers(key)), 'actionPoint');
    // Example A: R1, R2, R3, R4, R5 each give their first action point before any gives a second.
    // content-model-v2 §6, example A's first page.
    expect(steps('A').map((s) => s.text.key)).toEqual([
      'recommendations.R2.actions.R2_disseminate_internally',
      'recommendations.R1.actions.R1_learn_in_both_directions',
      'recommendations.R3.actions.R3_connect_peers',
      'recommendations.R4.actions.R4_sustain_initiatives',
      'recommendations.R5.actions.R5_invest_capacity',
    ]);
    // Example C: four recommendations have action points, so round two takes R5's second.
    // content-model-v2 §6, example C's first page.
    expect(steps('C').map((s) => s.text.key.split('.').pop())).toEqual([
      'R5_invest_capacity',
      'R3_foster_equal_exchange',
      'R7_involve_more_migrants',
      'R1_learn_in_both_directions',
      'R5_prepare_and_bridge',
    ]);
    const first = steps('A')[0];
    expect(first?.number).toBe(1);
    expect(en.text(first!.recommendation)).toBe(
      `Recommendation 2: ${en.text({ key: 'recommendations.R2.title' })}`,
    );
    expect(en.text(first!.because!)).toMatch(/^Why: you answered “.+” to “.+”/);
  });

  it('never gives a profile answer as the reason for a first step', () => {
    const answers = { ...exampleAnswers('B'), profile_side: 'destination' } as const;
    for (const step of blocksOf(report(answers), 'actionPoint')) {
      const question = step.because?.params?.question;
      expect(typeof question === 'object' && 'key' in question && question.key).not.toMatch(/profile_/);
    }
  });

  it('shows the network model, the strongest and weakest of the five dimensions, the sixth beside them, and coverage', () => {
    const doc = report(exampleAnswers('A'));
    const start = doc.blocks.findIndex((b) => b.kind === 'section' && b.id === 'next-steps');
    const end = doc.blocks.findIndex((b) => b.kind === 'section' && b.id === 'recommendations');
    const lines = doc.blocks
      .slice(start, end)
      .flatMap((b) =>
        b.kind === 'paragraph' ? [en.text(b.text)] : b.kind === 'list' ? b.items.map((i) => en.text(i)) : [],
      );
    expect(lines[1]).toMatch(/^Your answers point to this governance network model: Multi-actor model\./);
    // translocal (90) is the highest score but is not one of the five: it is shown beside them.
    expect(lines).toContain(
      en.text({
        key: 'report.summary.strongest',
        params: { name: { key: 'dimensions.difference.name' }, score: 71 },
      }),
    );
    // v2 §2.1: strongest and weakest among the five of ch. 9.5.1; difference 71 ties with trust 71
    // and is earlier. (v1 chose the sixth, translocal 90.)
    expect(lines).toContain(
      `${en.text({ key: 'report.summary.strongest', params: { name: { key: 'dimensions.difference.name' }, score: 71 } })}`,
    );
    expect(lines.some((l) => l.startsWith(`${en.text({ key: 'dimensions.translocal.name' })}: 88.`))).toBe(
      true,
    );
    expect(lines).toContain('Based on 60 of 62 applicable questions.');
    const aims = blocksOf(report(exampleAnswers('A')), 'table')[0];
    expect(en.text(aims!.caption)).toBe('Aims of the partnership');
  });

  it('prints no answer more than twice per language: once in the body, once in the appendix', () => {
    for (const key of ['A', 'B', 'C'] as const) {
      const doc = report(exampleAnswers(key));
      const counts = new Map<string, number>();
      const count = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
      const visit = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value !== null && typeof value === 'object') {
          const o = value as Record<string, unknown>;
          if (typeof o.question === 'string' && Array.isArray(o.parts)) count(o.question);
          else if (
            o.key === 'report.recommendations.answered' ||
            String(o.key).startsWith('report.nextSteps.because')
          )
            count(String((o.params as { question: { key: string } }).question.key));
          Object.values(o).forEach(visit);
        }
      };
      // The appendix quotes every answer once (tested below), so the body may quote each once.
      visit(doc.blocks);
      // Answers quoted by label key (because lines) and by question id (answer items) are the
      // same answers: fold the keys back to ids.
      const byId = new Map<string, number>();
      for (const [k, n] of counts) {
        const id = k.replace(/^questions\.(.+)\.label$/, '$1');
        byId.set(id, (byId.get(id) ?? 0) + n);
      }
      expect(byId.size).toBeGreaterThan(5);
      for (const [id, n] of byId) expect([id, n]).toEqual([id, 1]);
    }
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

  it('lists recommendations highest priority first, with the triggering answers and action points', () => {
    const doc = report(exampleAnswers('B'));
    const recs = blocksOf(doc, 'recommendation');
    // R5 and R6 have no action point: one line each under "no action needed now".
    // content-model-v2 §6, example B: R1, R7, R2 high; R3, R4 medium (R5 and R6 have none).
    expect(recs.map((r) => r.id)).toEqual(['R1', 'R7', 'R2', 'R3', 'R4']);
    const r7 = recs[1];
    expect(en.text(r7!.priority)).toBe('Priority: High');
    expect(r7?.actions.map((a) => a.text.key.split('.').pop())).toEqual([
      'R7_inform_public',
      'R7_involve_more_migrants',
      'R7_draw_on_knowledge_networks',
    ]);
    // The first steps point back to the front page; the others carry their own "because".
    expect(r7?.actions[0]?.note?.key).toBe('report.recommendations.onFirstPage');
    expect(en.text(r7!.actions[1]!.because![0]!)).toMatch(/^You answered “.+” to “.+”$/);
    expect(en.text(r7!.source)).toBe('Source: ch. 10, recommendation 7');
    const quiet = doc.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text.key === 'report.recommendations.quietTitle',
    );
    const list = doc.blocks[quiet + 1];
    expect(list?.kind === 'list' && list.items.map((t) => en.text(t))).toEqual([
      // content-model-v2 §6: R6 before R5 among the low ones.
      `Recommendation 6: ${en.text({ key: 'recommendations.R6.title' })}. No action point follows from your answers.`,
      `Recommendation 5: ${en.text({ key: 'recommendations.R5.title' })}. No action point follows from your answers.`,
    ]);
  });

  it('reads "too few answers to judge" for a low priority on less than half the evidence', () => {
    const doc = buildReport(assess({}), {}, META);
    expect(blocksOf(doc, 'recommendation')).toHaveLength(0);
    const lines = blocksOf(doc, 'list').flatMap((l) => l.items.map((t) => en.text(t)));
    expect(lines.filter((l) => l.endsWith('Too few answers to judge.'))).toHaveLength(7);
    expect(keysOf(doc)).toContain('report.nextSteps.none');
    // Example C's R4 is low with evidence 0.67: "no action needed now", not "too few answers".
    const c = blocksOf(report(exampleAnswers('C')), 'list').flatMap((l) => l.items.map((t) => en.text(t)));
    expect(c).toContain(
      `Recommendation 4: ${en.text({ key: 'recommendations.R4.title' })}. No action point follows from your answers.`,
    );
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
    const closing = report(answers).closing;
    const rows = (closing?.single ?? []).flatMap((b) =>
      b.kind === 'table' && b.captionInHead ? b.rows : [],
    );
    const texts = (closing?.single ?? []).flatMap((b) => (b.kind === 'answers' ? b.items : []));
    // 59 answers in the section tables, the long free text full width under its table.
    expect(rows.length + texts.length).toBe(60);
    expect(en.answer(texts.find((q) => q.question === 'obj_objectives_text')!.parts)).toBe(long);
    // In the bilingual appendix the free text is printed once, not once per language.
    const both = (closing?.bilingual ?? []).flatMap((b) => (b.kind === 'answers' ? b.items : []));
    expect(both.filter((q) => q.question === 'obj_objectives_text')).toHaveLength(1);
  });

  it('leaves answers to hidden questions out of the appendix', () => {
    const answers = { ...exampleAnswers('B'), act_municipal_support_cso: 5 };
    const closing = report(answers).closing?.single ?? [];
    const keys = closing.flatMap((b) =>
      b.kind === 'table' && b.captionInHead
        ? b.rows.map((r) => (r[0]?.kind === 'text' ? r[0].text.key : ''))
        : [],
    );
    expect(keys).not.toContain('questions.act_municipal_support_cso.label');
    expect(keys.length + closing.filter((b) => b.kind === 'answers').length).toBe(55);
  });

  it('shows the glossary with Dutch and English terms side by side', () => {
    const closing = report(exampleAnswers('A')).closing?.single ?? [];
    const table = closing.filter((b) => b.kind === 'table').pop();
    if (table?.kind !== 'table') throw new Error('no glossary');
    expect(table.rows).toHaveLength(GLOSSARY_IDS.length);
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
