// The questions where participants disagree most: the facilitator's discussion material
// (issue 8, item 3). Likert questions only, ranked by the exact population variance of the
// numeric answers; ties in catalogue order, so the list never depends on the order of files.
import type { GroupQuestion } from './schema';

export const DISCUSSION_MAX = 10;

interface Ranked {
  readonly id: string;
  /** variance = v / n², with v = n·Σx² − (Σx)² (integers, compared exactly). */
  readonly v: number;
  readonly n: number;
}

export function rankDisagreement(questions: readonly GroupQuestion[], max = DISCUSSION_MAX): string[] {
  const ranked: Ranked[] = [];
  for (const q of questions) {
    const d = q.distribution;
    if (d.kind !== 'likert') continue;
    let n = 0;
    let sum = 0;
    let sumSq = 0;
    for (const c of d.counts) {
      if (typeof c.value !== 'number') continue;
      n += c.count;
      sum += c.count * c.value;
      sumSq += c.count * c.value * c.value;
    }
    const v = n * sumSq - sum * sum;
    if (n >= 2 && v > 0) ranked.push({ id: q.id, v, n });
  }
  // Array.sort is stable: equal variances keep catalogue order.
  ranked.sort((a, b) => b.v * a.n * a.n - a.v * b.n * b.n);
  return ranked.slice(0, max).map((r) => r.id);
}
