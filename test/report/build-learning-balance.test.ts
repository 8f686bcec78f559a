// content-model-v2 §2.2: both sides' learning side by side; the linear aid model named only
// where the research saw it (the source side learns).
import { describe, expect, it } from 'vitest';
import type { LearningBalance } from '../../src/assessment/schema';
import type { Answers } from '../../src/catalogue/answers';
import { fixedT } from '../../src/i18n/setup';
import { createTranslator, plainT } from '../../src/render/resolve-text';
import { learningBalanceBlocks } from '../../src/report/build-learning-balance';

const en = createTranslator('en', (lang) => plainT(fixedT(lang, { strict: true })));
const balance = (own: number | null, partner: number | null): LearningBalance => ({
  own,
  partner,
  gap: own !== null && partner !== null ? own - partner : null,
  oneWay: false,
});
const reading = (b: LearningBalance, answers: Answers) => {
  const last = learningBalanceBlocks(b, answers).at(-1);
  return last?.kind === 'paragraph' ? last.text.key : undefined;
};

describe('learningBalanceBlocks', () => {
  it('puts both sides in one table, "not answered" where a side is unknown', () => {
    const table = learningBalanceBlocks(balance(25, null), {}).find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r.map((c) => en.cell(c)))).toEqual([
      ['Your side', '25'],
      ["The partner's side (as far as you can tell)", 'Not answered'],
    ]);
  });

  it.each<[string, number, number, Answers['profile_side'], string]>([
    ['destination teaches, source learns', 0, 100, 'destination', 'report.learning.aidModel'],
    ['source learns, destination teaches', 100, 25, 'source', 'report.learning.aidModel'],
    ['destination learns from the source side', 100, 0, 'destination', 'report.learning.ownMore'],
    ['source side teaches the destination side', 25, 75, 'source', 'report.learning.partnerMore'],
    ['one-way without a side', 0, 100, undefined, 'report.learning.partnerMore'],
    ['not extreme', 50, 75, 'destination', 'report.learning.partnerMore'],
    ['equal', 50, 50, 'source', 'report.learning.equal'],
  ])('%s: %i vs %i on the %s side → %s', (_, own, partner, side, key) => {
    expect(reading(balance(own, partner), side === undefined ? {} : { profile_side: side })).toBe(key);
  });

  it('asks for both answers when one is missing', () => {
    expect(reading(balance(null, 75), { profile_side: 'destination' })).toBe('report.learning.unknown');
  });
});
