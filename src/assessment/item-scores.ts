// content-model §5.1: how one answer becomes an item score (an integer 0–100, or null when the
// answer carries no score). Fixed integers only, so the single rounding of §5.2 is exact.
import { getQuestion, type QuestionId } from '../catalogue/catalogue';
import type { AnswerValue } from '../catalogue/answers';

/** likert5: 1→0 … 5→100; "unsure" → no score. Reverse items (catalogue flag `reverse`) run 100 → 0. */
export const LIKERT_SCORES = [0, 25, 50, 75, 100] as const;

/** yes_no_unsure: yes→100, no→0 (reverse: yes→0, no→100); "unsure" → no score. */
export const YES_NO_SCORES = { yes: 100, no: 0 } as const;

/** Single-choice tables (§5.1). Options not listed (dont_know) carry no score. tl_diaspora_link
 *  has none since catalogue "2": the link is a given of the pair, not a score (content-model-v2 §2.1). */
export const SINGLE_ITEM_SCORES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  obj_learning_goals: { written: 100, discussed: 50, none: 0 },
  obj_learning_direction: { both_sides: 100, mainly_partner: 25, mainly_own: 25, not_discussed: 0 },
  act_cso_role: { central: 100, substantial: 67, marginal: 33, none: 0 },
  act_higher_levels: { central: 100, substantial: 67, marginal: 33, none: 0 },
  act_key_persons: { broad: 100, small_group: 50, one_or_two: 0 },
  tl_migrants_involved: { many: 100, several: 67, few_staff: 33, none: 0 },
  ex_continuity: { multi_year_plan: 100, annual_plan: 67, ad_hoc: 33, one_off: 0 },
  ex_visits_both_ways: { both_directions: 100, mainly_outgoing: 50, mainly_incoming: 50, no_visits: 0 },
};

/** A multi question's options from the catalogue, so a count set never repeats the list. */
function optionsOf(id: QuestionId, except: readonly string[] = []): readonly string[] {
  const q = getQuestion(id);
  if (q.type !== 'multi') throw new Error(`Count set over a question that is not multi: ${id}`);
  return q.options.filter((o) => !except.includes(o));
}

/** Count sets of §5.1: k = chosen options in the set, capped; score = k/cap rounded half up. */
export const COUNT_SETS = {
  // §5.1 names a subset of ex_methods' options, so this one list is its own.
  PEER: { options: ['peer_to_peer', 'on_the_job'], cap: 2 },
  // "every actor option except other" (§5.1); own and partner share the list.
  ACTORS: { options: optionsOf('act_actor_types_own', ['other']), cap: 4 },
  ROLES: { options: optionsOf('tl_migrant_roles'), cap: 3 },
  THEMES: { options: optionsOf('tl_translocal_themes'), cap: 2 },
  FORMS: { options: optionsOf('learn_forms'), cap: 3 },
} as const satisfies Record<string, { options: readonly string[]; cap: number }>;
export type CountSetId = keyof typeof COUNT_SETS;

/** One item of a dimension or indicator (§5.3, §5.4). A multi item names how it is scored. */
export interface ScoreItem {
  readonly question: QuestionId;
  readonly weight: number;
  /** multi: count(S; c) of §5.1. */
  readonly count?: CountSetId;
  /** multi: has(o) of §5.1. */
  readonly has?: string;
}

/** An item that is not a question (content-model-v2 §2.2): scored only when every question it
 *  reads has an item score, and then the LOWER of them. Never in coverage.answered/applicable or
 *  in any triggers; for a score's coverage and for the two-item rule it counts as one item. */
export interface LowerOfItem {
  readonly item: 'learn_both';
  readonly weight: number;
  readonly lowerOf: readonly [QuestionId, QuestionId];
}

/** One row of a dimension or indicator table. */
export type TableItem = ScoreItem | LowerOfItem;

export const isLowerOfItem = (i: TableItem): i is LowerOfItem => 'lowerOf' in i;

function likertScore(value: AnswerValue, reverse: boolean): number | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) return null;
  const s = LIKERT_SCORES[value - 1] ?? null;
  return s === null ? null : reverse ? 100 - s : s;
}

function multiScore(item: ScoreItem, value: AnswerValue): number | null {
  if (!Array.isArray(value)) return null;
  const chosen: readonly string[] = value;
  if (item.has !== undefined) return chosen.includes(item.has) ? 100 : 0;
  if (item.count === undefined) return null;
  const set: readonly string[] = COUNT_SETS[item.count].options;
  const cap = COUNT_SETS[item.count].cap;
  const k = Math.min(new Set(chosen.filter((o) => set.includes(o))).size, cap);
  // cap 3 → 0, 33, 67, 100 (§5.1): k/cap rounded half up.
  return Math.floor((200 * k + cap) / (2 * cap));
}

/** The item score of an answer, or null: "unsure", dont_know, text and unlisted options carry none. */
export function itemScore(item: ScoreItem, value: AnswerValue): number | null {
  const q = getQuestion(item.question);
  switch (q.type) {
    case 'likert5':
      return likertScore(value, q.reverse === true);
    case 'yes_no_unsure':
      if (value !== 'yes' && value !== 'no') return null;
      return q.reverse === true ? 100 - YES_NO_SCORES[value] : YES_NO_SCORES[value];
    case 'single': {
      const table = SINGLE_ITEM_SCORES[q.id];
      if (table === undefined || typeof value !== 'string' || !Object.hasOwn(table, value)) return null;
      return table[value] ?? null;
    }
    case 'multi':
      return multiScore(item, value);
    case 'number':
      // profile_partnership_years: completed years, 10 or more → 100.
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null;
      return 10 * Math.min(Math.floor(value), 10);
    case 'short_text':
    case 'long_text':
      return null;
  }
}
