// content-model §5.3–§5.4 and §11: the dimension and indicator tables themselves are sound.
import { describe, expect, it } from 'vitest';
import { QUESTIONS, getQuestion, isQuestionId } from '../../src/catalogue/catalogue';
import { DIMENSION_IDS, INDICATOR_IDS } from '../../src/catalogue/ids';
import { DIMENSION_ITEMS } from '../../src/assessment/dimensions';
import { INDICATOR_ITEMS } from '../../src/assessment/indicators';
import { NETWORK_MODEL_QUESTIONS } from '../../src/assessment/network-model';
import { COUNT_SETS, isLowerOfItem, SINGLE_ITEM_SCORES } from '../../src/assessment/item-scores';
import type { ScoreItem } from '../../src/assessment/item-scores';

const allTables = [...Object.values(DIMENSION_ITEMS), ...Object.values(INDICATOR_ITEMS)];
/** The question items of each table (a derived item, content-model-v2 §2.2, is checked apart). */
const tables: ScoreItem[][] = allTables.map((items) => items.flatMap((i) => (isLowerOfItem(i) ? [] : [i])));
const derived = allTables.flat().filter(isLowerOfItem);

describe('score tables (§5.3, §5.4)', () => {
  it('cover exactly the six dimensions and twelve indicators', () => {
    expect(Object.keys(DIMENSION_ITEMS)).toEqual([...DIMENSION_IDS]);
    expect(Object.keys(INDICATOR_ITEMS)).toEqual([...INDICATOR_IDS]);
  });

  it('give every dimension at least three items, and every table an always-shown item', () => {
    for (const items of Object.values(DIMENSION_ITEMS)) expect(items.length).toBeGreaterThanOrEqual(3);
    for (const items of allTables)
      expect(items.some((i) => isLowerOfItem(i) || getQuestion(i.question).showIf === undefined)).toBe(true);
  });

  it('name only existing questions (also in §5.1 and §6), each once per table, with weight 1 or 2', () => {
    const named = [
      ...tables.flatMap((items) => items.map((i) => i.question)),
      ...Object.keys(SINGLE_ITEM_SCORES),
      ...NETWORK_MODEL_QUESTIONS,
    ];
    for (const q of named) expect(isQuestionId(q), q).toBe(true);
    for (const items of tables) {
      expect(new Set(items.map((i) => i.question)).size).toBe(items.length);
      for (const i of items) expect([1, 2]).toContain(i.weight);
    }
  });

  it('has one derived item, learn_both ×4 in mutual_learning, over two always-shown likert questions', () => {
    expect(derived).toEqual([
      { item: 'learn_both', weight: 4, lowerOf: ['learn_own_extent', 'learn_partner_extent'] },
    ]);
    expect(INDICATOR_ITEMS.mutual_learning).toContain(derived[0]);
    for (const q of derived[0]?.lowerOf ?? []) {
      expect(getQuestion(q).type).toBe('likert5');
      expect(getQuestion(q).showIf).toBeUndefined();
    }
  });

  it('say how every multi item is scored, with options of that question', () => {
    for (const i of tables.flat()) {
      const q = getQuestion(i.question);
      if (q.type !== 'multi') {
        expect(i.count ?? i.has, i.question).toBeUndefined();
        continue;
      }
      expect((i.count === undefined) !== (i.has === undefined), i.question).toBe(true);
      const options = i.count !== undefined ? COUNT_SETS[i.count].options : [i.has ?? ''];
      for (const o of options) expect(q.options, `${i.question} ${o}`).toContain(o);
    }
  });

  it('give a single-choice table for every scored single question, over its own options', () => {
    for (const i of tables.flat()) {
      const q = getQuestion(i.question);
      if (q.type === 'single') expect(SINGLE_ITEM_SCORES[q.id], q.id).toBeDefined();
    }
    for (const [id, table] of Object.entries(SINGLE_ITEM_SCORES)) {
      const q = QUESTIONS.find((x) => x.id === id);
      for (const option of Object.keys(table))
        expect(q?.type === 'single' && q.options.includes(option), `${id} ${option}`).toBe(true);
    }
  });

  it('score in reverse exactly the three reverse items of §5.3–§5.4', () => {
    const reverse = QUESTIONS.filter((q) => 'reverse' in q && q.reverse === true).map((q) => q.id);
    expect(reverse.sort()).toEqual([
      'act_cso_initiatives_stalled',
      'cond_difference_barrier',
      'cond_donor_recipient',
    ]);
  });
});
