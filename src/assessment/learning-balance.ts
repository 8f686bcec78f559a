// content-model-v2 §2.2: how much each side learned, side by side. The research warns about the
// pattern where one side only teaches and the other only learns (ch. 9.5, the linear aid model);
// `oneWay` flags it whichever side learns, and the report names it only where the research does.
import type { VisibleAnswers } from '../catalogue/conditions';
import { itemScore } from './item-scores';
import type { LearningBalance } from './schema';

/** At most this item score counts as "learned little" (2 on the extent scale). */
export const ONE_WAY_LOW = 25;
/** At least this item score counts as "learned much" (4 on the extent scale). */
export const ONE_WAY_HIGH = 75;

/** True when one side learned little and the other much (both must be known). */
export function isOneWay(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return false;
  return (a <= ONE_WAY_LOW && b >= ONE_WAY_HIGH) || (a >= ONE_WAY_HIGH && b <= ONE_WAY_LOW);
}

const scoreOf = (visible: VisibleAnswers, question: 'learn_own_extent' | 'learn_partner_extent') => {
  const value = visible.get(question);
  return value === undefined ? null : itemScore({ question, weight: 1 }, value);
};

export function learningBalance(visible: VisibleAnswers): LearningBalance {
  const own = scoreOf(visible, 'learn_own_extent');
  const partner = scoreOf(visible, 'learn_partner_extent');
  return {
    own,
    partner,
    gap: own !== null && partner !== null ? own - partner : null,
    oneWay: isOneWay(own, partner),
  };
}
