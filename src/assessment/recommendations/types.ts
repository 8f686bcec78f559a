// The data shape of a recommendation of ch. 10 (content-model §7.2). Conditions use the
// catalogue's condition data (§4.1), evaluated by catalogue/conditions.ts, never re-implemented.
import type { Condition } from '../../catalogue/types';
import type { DimensionId, IndicatorId, RecommendationId } from '../../catalogue/ids';

export interface ActionPoint {
  /** Fixed id, e.g. `R7_inform_public` (i18n: recommendations.<R>.actions.<id>). */
  readonly id: string;
  /** Written without `not` (§7.1.2), so a triggered action always names a question. */
  readonly trigger: Condition;
  readonly source: string;
}

export type LinkedRef =
  | { readonly kind: 'dimension'; readonly id: DimensionId }
  | { readonly kind: 'indicator'; readonly id: IndicatorId };

export interface RecommendationRule {
  readonly id: RecommendationId;
  readonly source: string;
  /** Absent = always applicable (§7.1.1). */
  readonly applicability?: Condition;
  /** The scores whose low value (< 40) raises the priority (§7.1.3). */
  readonly linked: readonly LinkedRef[];
  /** In the order of §7.2, which is also the output order of `actions`. */
  readonly actions: readonly ActionPoint[];
}
