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

function countValues(values: readonly AnswerValue[], domain: readonly (string | number)[]) {
  return domain.map((value) => ({ value, count: values.filter((v) => v === value).length }));
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
    case 'multi':
      return {
        kind: 'multi',
        ...base,
        counts: q.options.map((o) => ({
          value: o,
          count: values.filter((v) => Array.isArray(v) && v.includes(o)).length,
        })),
        noneOfThese: values.filter((v) => Array.isArray(v) && v.length === 0).length,
      };
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

function distributionOver(q: QuestionDef, files: readonly FileFacts[]): Distribution {
  let applicable = 0;
  const answered: Answered[] = [];
  for (const f of files) {
    if (!f.applicable.has(q.id)) continue;
    applicable += 1;
    const value = f.visible.get(q.id);
    if (value !== undefined) answered.push({ value, label: f.participant.label ?? null, side: f.side });
  }
  return distribution(q, answered, applicable, files.length);
}

export function summariseQuestions(files: readonly FileFacts[]): GroupQuestion[] {
  const destination = files.filter((f) => f.side === 'destination');
  const source = files.filter((f) => f.side === 'source');
  return QUESTIONS.map((q) => ({
    id: q.id,
    distribution: distributionOver(q, files),
    bySide: {
      ...(destination.length >= 2 ? { destination: distributionOver(q, destination) } : {}),
      ...(source.length >= 2 ? { source: distributionOver(q, source) } : {}),
    },
  }));
}
