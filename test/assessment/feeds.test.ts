// The catalogue's `feeds` (content-model §2.2) say what each answer is used for; the scoring and
// rule tables in src/assessment say it again, as code. This derives the feeds from the tables, so
// the two cannot drift: change a table and the catalogue must follow (and the other way round).
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/catalogue/catalogue';
import { conditionLeaves } from '../../src/catalogue/schema';
import { DIMENSION_IDS, INDICATOR_IDS } from '../../src/catalogue/ids';
import type { Feed } from '../../src/catalogue/types';
import { DIMENSION_ITEMS } from '../../src/assessment/dimensions';
import { INDICATOR_ITEMS } from '../../src/assessment/indicators';
import { isLowerOfItem, type TableItem } from '../../src/assessment/item-scores';
import { NETWORK_MODEL_QUESTIONS } from '../../src/assessment/network-model';
import { RECOMMENDATION_RULES } from '../../src/assessment/recommendations/rules';

/** question id → what the tables use it for, as Feed values. */
function derivedFeeds(): Map<string, Set<Feed>> {
  const feeds = new Map<string, Set<Feed>>();
  const add = (question: string, feed: Feed) =>
    feeds.set(question, (feeds.get(question) ?? new Set()).add(feed));
  const questionsOf = (item: TableItem) => (isLowerOfItem(item) ? item.lowerOf : [item.question]);
  for (const id of DIMENSION_IDS)
    for (const item of DIMENSION_ITEMS[id]) for (const q of questionsOf(item)) add(q, `D:${id}`);
  for (const id of INDICATOR_IDS)
    for (const item of INDICATOR_ITEMS[id]) for (const q of questionsOf(item)) add(q, `I:${id}`);
  for (const question of NETWORK_MODEL_QUESTIONS) add(question, 'NM');
  // A recommendation is fed by every question its applicability or an action's trigger names.
  for (const rule of RECOMMENDATION_RULES) {
    const conditions = [
      ...(rule.applicability ? [rule.applicability] : []),
      ...rule.actions.map((a) => a.trigger),
    ];
    for (const leaf of conditions.flatMap(conditionLeaves)) add(leaf.question, rule.id);
  }
  // "gate": another question's shown-when condition refers to this one (content-model §2.2).
  for (const q of QUESTIONS)
    if (q.showIf !== undefined) for (const leaf of conditionLeaves(q.showIf)) add(leaf.question, 'gate');
  return feeds;
}

const sorted = (feeds: Iterable<Feed>) => [...feeds].sort();

describe("the catalogue's feeds", () => {
  it('are exactly what the scoring tables, the network model, the rules and the conditions use', () => {
    const derived = derivedFeeds();
    const fromCatalogue = Object.fromEntries(QUESTIONS.map((q) => [q.id, sorted(q.feeds ?? [])]));
    const fromTables = Object.fromEntries(QUESTIONS.map((q) => [q.id, sorted(derived.get(q.id) ?? [])]));
    expect(fromCatalogue).toEqual(fromTables);
  });

  it('name no question outside the catalogue', () => {
    const known = new Set<string>(QUESTIONS.map((q) => q.id));
    expect([...derivedFeeds().keys()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('derive from every table (so the comparison above has something to compare)', () => {
    const all = new Set([...derivedFeeds().values()].flatMap((s) => [...s]));
    for (const id of DIMENSION_IDS) expect(all.has(`D:${id}`), id).toBe(true);
    for (const rule of RECOMMENDATION_RULES) expect(all.has(rule.id), rule.id).toBe(true);
    expect(all.has('NM')).toBe(true);
    expect(all.has('gate')).toBe(true);
  });
});
