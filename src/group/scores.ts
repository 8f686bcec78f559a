// content-model §8.2–§8.3 with v2 §5: a dimension or indicator over the group, and per side.
import type { Side } from '../catalogue/ids';
import { roundHalfUp } from '../assessment/rounding';
import { meanOfRatios2, populationSd } from './rounding';
import type { ScoreSummary, SideScore } from './schema';

/** One file's view of a score: its integer score and the exact coverage ratio behind it. */
export interface FileScore {
  readonly score: number | null;
  readonly side: Side | null;
  /** scored ÷ applicable, before rounding (§5.2.3). */
  readonly coverage: readonly [scored: number, applicable: number];
}

export type { ScoreSummary } from './schema';

// §8.2: a group score needs the scores of at least half the files (null if 2n < N).
export function meanOrNull(scores: readonly number[], files: number): number | null {
  if (files === 0 || 2 * scores.length < files) return null;
  return roundHalfUp(
    scores.reduce((s, x) => s + x, 0),
    scores.length,
  );
}

/** content-model-v2 §5: participants disagree when, within one side, two scores are 40 or more
 *  apart. A difference between the sides is expected (ch. 9.4) and reported as the gap instead. */
function spreadsApart(scores: readonly number[]): boolean {
  return scores.length >= 2 && Math.max(...scores) - Math.min(...scores) >= DISAGREE_SPREAD;
}

function sideScore(files: readonly FileScore[], side: Side | null): SideScore {
  const own = files.filter((f) => f.side === side);
  const scores = own.flatMap((f) => (f.score === null ? [] : [f.score]));
  return {
    files: own.length,
    n: scores.length,
    score: meanOrNull(scores, own.length),
    disagree: spreadsApart(scores),
  };
}

/** Thresholds: ch. 9.5 reads a spread of 40 points as two camps; a gap of 25 is one full step
 *  on the agreement scale (content-model §8.2, §8.3). */
export const DISAGREE_SPREAD = 40;
export const GAP_FLAG = 25;

export function summariseScore(files: readonly FileScore[]): ScoreSummary {
  const scores = files.flatMap((f) => (f.score === null ? [] : [f.score]));
  const n = scores.length;
  const min = n === 0 ? null : Math.min(...scores);
  const max = n === 0 ? null : Math.max(...scores);
  const spread = min === null || max === null ? null : max - min;
  const destination = sideScore(files, 'destination');
  const source = sideScore(files, 'source');
  const none = sideScore(files, null);
  const gap = destination.score !== null && source.score !== null ? destination.score - source.score : null;
  return {
    n,
    score: meanOrNull(scores, files.length),
    min,
    max,
    spread,
    sd: n === 0 ? null : populationSd(scores),
    disagree: destination.disagree || source.disagree || none.disagree,
    coverage: files.length === 0 ? 0 : meanOfRatios2(files.map((f) => f.coverage)),
    bySide: { destination, source, none },
    gap,
    gapFlag: gap !== null && Math.abs(gap) >= GAP_FLAG,
  };
}
