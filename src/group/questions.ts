// content-model §8.1: per question, the distribution of the group's answers, and per side for a
// side with at least two files (with one, the split would only repeat that participant).
import { LIKERT_ANSWERS, YES_NO_UNSURE_VALUES } from '../catalogue/scales';
import type { AnswerValue } from '../catalogue/answers';
import { QUESTIONS } from '../catalogue/catalogue';
import type { QuestionDef } from '../catalogue/types';
import type { Side } from '../catalogue/ids';
import type { FileFacts } from './facts';
import { likertMean, populationSd } from './rounding';
import type { Distribution, GroupQuestion } from './schema';

/** §8.1 with v2 §5: "participants disagree" on a likert question when, within one side, two
 *  numeric answers are at least 3 steps apart; the sides differing is expected, not disagreement. */
export const LIKERT_DISAGREE_STEPS = 3;

type Answered = { value: AnswerValue; label: string | null; side: Side | null };

function disagreeWithinSides(answered: readonly Answered[]): boolean {
  const groups = new Map<Side | null, number[]>();
  for (const a of answered) {
    if (typeof a.value !== 'number') continue;
    const list = groups.get(a.side) ?? [];
    list.push(a.value);
    groups.set(a.side, list);
  }
  for (const nums of groups.values())
    if (nums.length >= 2 && Math.max(...nums) - Math.min(...nums) >= LIKERT_DISAGREE_STEPS) return true;
  return false;
}

/** How often each value of the domain was given: one pass over the answers (500 files, issue 14). */
function countValues(values: readonly AnswerValue[], domain: readonly (string | number)[]) {
  const counts = new Map<AnswerValue, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return domain.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/** How many lists include each option, and how many are empty ("none of these"). */
function countOptions(values: readonly AnswerValue[], options: readonly string[]) {
  const counts = new Map<string, number>();
  let empty = 0;
  for (const v of values) {
    if (!Array.isArray(v)) continue;
    if (v.length === 0) empty += 1;
    // Once per file, even for a list that repeats an option.
    v.forEach((o, i) => {
      if (v.indexOf(o) === i) counts.set(o, (counts.get(o) ?? 0) + 1);
    });
  }
  return { counts: options.map((value) => ({ value, count: counts.get(value) ?? 0 })), empty };
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  if (sorted.length % 2 === 1) return hi;
  // Inputs may be decimals: keep the mean of the middle two to two decimals.
  return Math.round(((sorted[mid - 1] ?? hi) + hi) * 50) / 100;
}

function distribution(
  q: QuestionDef,
  answered: readonly Answered[],
  applicable: number,
  files: number,
): Distribution {
  const base = {
    answered: answered.length,
    unanswered: applicable - answered.length,
    notApplicable: files - applicable,
  };
  const values = answered.map((a) => a.value);
  switch (q.type) {
    case 'single':
      return { kind: 'choice', ...base, counts: countValues(values, q.options) };
    case 'yes_no_unsure':
      return { kind: 'choice', ...base, counts: countValues(values, YES_NO_UNSURE_VALUES) };
    case 'likert5': {
      const nums = values.filter((v): v is number => typeof v === 'number');
      const min = nums.length === 0 ? null : Math.min(...nums);
      const max = nums.length === 0 ? null : Math.max(...nums);
      return {
        kind: 'likert',
        ...base,
        counts: countValues(values, LIKERT_ANSWERS),
        mean:
          nums.length === 0
            ? null
            : likertMean(
                nums.reduce((s, x) => s + x, 0),
                nums.length,
              ),
        min,
        max,
        sd: nums.length === 0 ? null : populationSd(nums),
        disagree: disagreeWithinSides(answered),
      };
    }
    case 'multi': {
      const { counts, empty } = countOptions(values, q.options);
      return { kind: 'multi', ...base, counts, noneOfThese: empty };
    }
    case 'number': {
      const nums = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
      const n = nums.length;
      return {
        kind: 'number',
        ...base,
        n,
        min: n === 0 ? null : (nums[0] ?? null),
        median: n === 0 ? null : median(nums),
        max: n === 0 ? null : (nums[n - 1] ?? null),
      };
    }
    case 'short_text':
    case 'long_text': {
      const texts = answered.map((a) => ({ label: a.label, text: String(a.value) }));
      // Sorted, so the order of the files cannot show through.
      texts.sort((a, b) => cmp(a.text, b.text) || cmp(a.label ?? '', b.label ?? ''));
      return { kind: 'text', ...base, texts };
    }
  }
}

/** Code-point order: the same on every machine and in every locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The files that apply and the answers given, over one list of files. */
interface Tally {
  applicable: number;
  readonly answered: Answered[];
  readonly files: number;
}

const emptyTally = (files: number): Tally => ({ applicable: 0, answered: [], files });

/** One question over every file and each side in a single pass (issue 14: 500 files ≤ 250 ms). */
function summariseQuestion(q: QuestionDef, files: readonly FileFacts[], sides: SideCounts): GroupQuestion {
  const all = emptyTally(files.length);
  const bySide = { destination: emptyTally(sides.destination), source: emptyTally(sides.source) };
  for (const f of files) {
    if (!f.applicable.has(q.id)) continue;
    const side = f.side === null ? null : bySide[f.side];
    all.applicable += 1;
    if (side !== null) side.applicable += 1;
    const value = f.visible.get(q.id);
    if (value === undefined) continue;
    const a: Answered = { value, label: f.participant.label ?? null, side: f.side };
    all.answered.push(a);
    side?.answered.push(a);
  }
  const over = (t: Tally) => distribution(q, t.answered, t.applicable, t.files);
  return {
    id: q.id,
    distribution: over(all),
    bySide: {
      ...(sides.destination >= 2 ? { destination: over(bySide.destination) } : {}),
      ...(sides.source >= 2 ? { source: over(bySide.source) } : {}),
    },
  };
}

type SideCounts = Readonly<Record<Side, number>>;

export function summariseQuestions(files: readonly FileFacts[]): GroupQuestion[] {
  const sides = {
    destination: files.filter((f) => f.side === 'destination').length,
    source: files.filter((f) => f.side === 'source').length,
  };
  return QUESTIONS.map((q) => summariseQuestion(q, files, sides));
}
