// An action point's words from its id. Ids from a file's plan are checked against the rules: a
// plan may name an action point this catalogue no longer (or not yet) has, and a key built from it
// would not exist — such an id is shown as written.
import { RECOMMENDATION_RULES } from '../assessment/recommendations/rules';
import type { RecommendationId } from '../catalogue/ids';
import { actionLabel, recommendationTitle } from '../i18n/keys';
import { text, type Text } from './blocks';

const RECOMMENDATION_OF: ReadonlyMap<string, RecommendationId> = new Map(
  RECOMMENDATION_RULES.flatMap((r) => r.actions.map((a) => [a.id, r.id] as const)),
);

/** Every action point in catalogue order, for ordering lists the same way everywhere. */
export const ACTION_IDS: readonly string[] = [...RECOMMENDATION_OF.keys()];

export const isKnownAction = (id: string): boolean => RECOMMENDATION_OF.has(id);

/** "Share lessons within your own organisation (recommendation 2: …)". */
export function actionText(id: string): Text {
  const rec = RECOMMENDATION_OF.get(id);
  if (rec === undefined) return text('plan.unknownAction', { id });
  return text('plan.actionWithRecommendation', {
    action: text(actionLabel(rec, id)),
    number: Number(rec.slice(1)),
    title: text(recommendationTitle(rec)),
  });
}
