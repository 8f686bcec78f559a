// content-model-v2 §5, the learning balance of a group: each side's own account of its learning
// (learn_own_extent), not the other side's guess about it (learn_partner_extent).
import type { Side } from '../catalogue/ids';
import { roundHalfUp } from '../assessment/rounding';
import { isOneWay } from '../assessment/learning-balance';
import type { FileFacts } from './facts';
import type { GroupLearningBalance } from './schema';

/** The rounded mean of the side's files that scored learn_own_extent; null when none did. */
function sideLearning(files: readonly FileFacts[], side: Side): number | null {
  const scores = files.flatMap((f) => {
    const own = f.participant.assessment.learningBalance.own;
    return f.side === side && own !== null ? [own] : [];
  });
  if (scores.length === 0) return null;
  return roundHalfUp(
    scores.reduce((s, x) => s + x, 0),
    scores.length,
  );
}

export function groupLearningBalance(files: readonly FileFacts[]): GroupLearningBalance {
  const destination = sideLearning(files, 'destination');
  const source = sideLearning(files, 'source');
  return {
    destination,
    source,
    gap: destination !== null && source !== null ? destination - source : null,
    oneWay: isOneWay(destination, source),
  };
}
