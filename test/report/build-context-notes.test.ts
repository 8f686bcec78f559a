// content-model-v2 §1, §3, §4: the notes that put results in context, through buildReport.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import type { Answers } from '../../src/catalogue/answers';
import { fixedT } from '../../src/i18n/setup';
import { createTranslator, plainT } from '../../src/render/resolve-text';
import { buildReport, type ReportMeta } from '../../src/report/build-report';
import { exampleAnswers } from '../assessment/examples';
import { blocksOf, keysOf } from './helpers';

const META: ReportMeta = { date: '2026-11-24' };
const report = (answers: Answers, meta: ReportMeta = META) => buildReport(assess(answers), answers, meta);
const en = createTranslator('en', (lang) => plainT(fixedT(lang, { strict: true })));
const count = (keys: string[], key: string) => keys.filter((k) => k === key).length;

describe('context notes in the report', () => {
  it('says once that two questions were added after a catalogue "1" file was made', () => {
    const keys = keysOf(report(exampleAnswers('A'), { ...META, madeWithCatalogue: '1' }));
    expect(count(keys, 'report.notes.migrated')).toBe(1);
    expect(keysOf(report(exampleAnswers('A')))).not.toContain('report.notes.migrated');
  });

  it('drops that note once one of the two added questions is answered (it would no longer be true)', () => {
    const v1 = exampleAnswers('A');
    expect(v1.obj_partner_objectives ?? v1.obj_projects_text).toBeUndefined();
    expect(keysOf(report(v1, { ...META, madeWithCatalogue: '1' }))).toContain('report.notes.migrated');
    const answered: Answers = { ...v1, obj_projects_text: 'Afvalbeheer' };
    expect(keysOf(report(answered, { ...META, madeWithCatalogue: '1' }))).not.toContain(
      'report.notes.migrated',
    );
  });

  it('words R4 and R7 for a civil-society respondent, and says once that the points are for the municipality', () => {
    const answers: Answers = { ...exampleAnswers('A'), profile_role: 'civil_society' };
    const doc = report(answers);
    const keys = keysOf(doc);
    expect(count(keys, 'report.notes.roleCivilSociety')).toBe(1);
    const recs = blocksOf(doc, 'recommendation');
    const r4 = recs.find((r) => r.id === 'R4');
    expect(r4?.actions.map((a) => a.text.key)).toEqual([
      'recommendations.civilSocietyActions.R4_sustain_initiatives',
      'recommendations.civilSocietyActions.R4_support_partner_initiatives',
    ]);
    // Other recommendations keep the municipal wording.
    expect(recs.find((r) => r.id === 'R2')?.actions[0]?.text.key).toBe(
      'recommendations.R2.actions.R2_disseminate_internally',
    );
    // The note comes before the first recommendation.
    const note = doc.blocks.findIndex(
      (b) => b.kind === 'paragraph' && b.text.key === 'report.notes.roleCivilSociety',
    );
    expect(note).toBeLessThan(doc.blocks.findIndex((b) => b.kind === 'recommendation'));
  });

  it('gives a note but no other wording for the role "other", and nothing for an officer', () => {
    const other = keysOf(report({ ...exampleAnswers('A'), profile_role: 'other' }));
    expect(count(other, 'report.notes.roleOther')).toBe(1);
    expect(other.some((k) => k.startsWith('recommendations.civilSocietyActions.'))).toBe(false);
    const officer = keysOf(report(exampleAnswers('A')));
    expect(officer.some((k) => k.startsWith('report.notes.role'))).toBe(false);
  });

  it('never gives a profile answer as the reason for an action point (v2 §4)', () => {
    const r4 = blocksOf(report(exampleAnswers('A')), 'recommendation').find((r) => r.id === 'R4');
    // R4_support_partner_initiatives fired on profile_side among others.
    expect(assess(exampleAnswers('A')).recommendations.find((r) => r.id === 'R4')?.triggers).toContain(
      'profile_side',
    );
    // Each action point carries its own "because" (issue 18): never a profile question in it.
    const questions = (r4?.actions ?? [])
      .flatMap((a) => a.because ?? [])
      .map((line) => {
        const q = line.params?.question;
        return typeof q === 'object' && 'key' in q ? q.key : '';
      });
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q).not.toMatch(/profile_/);
  });

  it('calls R1 and R2 an expected pattern on the destination side, where they have action points', () => {
    const doc = report(exampleAnswers('A'));
    const after = (id: string) => {
      const i = doc.blocks.findIndex((b) => b.kind === 'recommendation' && b.id === id);
      return doc.blocks[i + 1];
    };
    expect(after('R1')).toMatchObject({ kind: 'paragraph', text: { key: 'report.notes.expectedPattern' } });
    expect(after('R2')).toMatchObject({ kind: 'paragraph', text: { key: 'report.notes.expectedPattern' } });
    expect(after('R3')?.kind).toBe('recommendation');
    // Example C is on the source side: no such note.
    expect(keysOf(report(exampleAnswers('C')))).not.toContain('report.notes.expectedPattern');
  });

  it('says where the network model and R1 appear that the tool looks at the partnership as a whole', () => {
    const keys = keysOf(report(exampleAnswers('B')));
    expect(count(keys, 'report.notes.wholePartnership')).toBe(2);
  });

  it('shows the migration link as context of the sixth dimension, in a few words', () => {
    const doc = report(exampleAnswers('A'));
    const texts = blocksOf(doc, 'paragraph').map((p) => en.text(p.text));
    expect(texts).toContain(
      'Migration link between the two places: direct. This is a given of the pair, not a score.',
    );
  });

  it('says in words that the sixth dimension does not apply, and leaves it out of the chart', () => {
    const answers: Answers = {
      ...exampleAnswers('B'),
      tl_diaspora_link: 'none',
      tl_migrants_involved: 'none',
    };
    const doc = report(answers);
    const keys = keysOf(doc);
    expect(keys).toContain('report.notes.sixthNotApplicable');
    expect(keys).not.toContain('report.conditions.tooFew');
    const chart = blocksOf(doc, 'chart')[0];
    if (chart?.chart.type !== 'dimensionBars') throw new Error('no chart');
    expect(chart.chart.items.map((i) => i.id)).not.toContain('translocal');
    expect(chart.table.rows.map((r) => en.cell(r[1]!)).at(-1)).toBe('Does not apply to this partnership');
  });
});

describe('the sixth dimension in the summary (v2 §2.1)', () => {
  it('is shown beside the strongest and weakest, with the migration link as context', () => {
    const items = blocksOf(report(exampleAnswers('A')), 'list').flatMap((l) =>
      l.items.map((i) => en.text(i)),
    );
    const sixth = items.find((i) => i.startsWith(`${en.text({ key: 'dimensions.translocal.name' })}: 88`));
    expect(sixth).toBeDefined();
    expect(sixth).toMatch(/Migration link between the two places: .+\./);
  });

  it('says in words that it does not apply, without a score', () => {
    const answers: Answers = {
      ...exampleAnswers('B'),
      tl_diaspora_link: 'none',
      tl_migrants_involved: 'none',
    };
    expect(keysOf(report(answers))).toContain('report.notes.sixthSummaryNotApplicable');
  });
});
