// content-model §5.4: indicators of practices and outcomes, as data. Weights in ×; the scoring is
// the shared rule of §5.2 (weighted-score.ts). "used by" names the recommendation that links it.
import type { IndicatorId } from '../catalogue/ids';
import { INDICATOR_IDS } from '../catalogue/ids';
import type { IndicatorResult } from './schema';
import type { TableItem } from './item-scores';
import { isScoreNotApplicable } from './not-applicable';
import { weightedScore, type ScoringContext } from './weighted-score';

export const INDICATOR_ITEMS: Readonly<Record<IndicatorId, readonly TableItem[]>> = {
  // Used by R5 (ch. 10, rec. 5: clear objectives, realistic expectations).
  objectives_clarity: [
    { question: 'obj_objectives_clear', weight: 2 },
    { question: 'obj_learning_goals', weight: 1 },
    { question: 'obj_expectations_realistic', weight: 1 },
  ],
  // Used by R1 (ch. 9.5; ch. 10, rec. 1): the set-up is two-way.
  reciprocity: [
    { question: 'obj_learning_direction', weight: 1 },
    { question: 'obj_agenda_serves_both', weight: 1 },
    { question: 'obj_programme_fit', weight: 1 },
    { question: 'ex_visits_both_ways', weight: 1 },
  ],
  // Report only (ch. 9.2; ch. 9.6): breadth of actors on both sides.
  actor_diversity: [
    { question: 'act_actor_types_own', weight: 1, count: 'ACTORS' },
    { question: 'act_actor_types_partner', weight: 1, count: 'ACTORS' },
    { question: 'act_cso_role', weight: 1 },
  ],
  // Used by R3 (ch. 9.5 dim. 1; ch. 10, rec. 3).
  peer_exchange: [
    { question: 'ex_peer_contact', weight: 2 },
    { question: 'ex_methods', weight: 1, count: 'PEER' },
  ],
  // Used by R5 (ch. 9.3; ch. 10, rec. 5): preparation, bridging, context knowledge, capacity.
  facilitation: [
    { question: 'ex_preparation', weight: 1 },
    { question: 'ex_barriers_bridged', weight: 1 },
    { question: 'cond_context_knowledge', weight: 1 },
    { question: 'cond_capacity', weight: 1 },
  ],
  // Used by R2 (ch. 9.3; ch. 10, rec. 2): learning reaches beyond key persons.
  institutionalisation: [
    { question: 'out_internal_dissemination', weight: 2 },
    { question: 'act_key_persons', weight: 1 },
    { question: 'out_own_org_strengthened', weight: 1 },
  ],
  // Used by R2 (ch. 9.4; ch. 10, rec. 2): other municipalities, the sector, higher levels.
  broader_networks: [
    { question: 'out_broader_networks', weight: 2 },
    { question: 'act_higher_levels', weight: 1 },
    { question: 'out_external_dissemination', weight: 1 },
    { question: 'act_city_networks', weight: 1 },
  ],
  // Used by R7 (ch. 10, rec. 7; ch. 9.3): migrants and their networks are actually used.
  translocal_use: [
    { question: 'tl_networks_used', weight: 2 },
    { question: 'tl_migrants_involved', weight: 1 },
    { question: 'tl_migrant_roles', weight: 1, count: 'ROLES' },
    { question: 'act_actor_types_own', weight: 1, has: 'migrant_organisations' },
  ],
  // Used by R4 (ch. 10, rec. 4; ch. 9.4); act_cso_initiatives_stalled is reverse.
  civil_society_support: [
    { question: 'act_municipal_support_cso', weight: 2 },
    { question: 'act_cso_initiatives_stalled', weight: 1 },
    { question: 'out_cso_strengthened', weight: 1 },
    { question: 'out_interfaces_strengthened', weight: 1 },
  ],
  // Used by R6 (ch. 9.2; ch. 10, rec. 6 and 7): an informed public and political backing.
  public_support: [
    { question: 'tl_public_informed', weight: 1 },
    { question: 'out_political_support', weight: 1 },
  ],
  // Used by R6 (ch. 10, rec. 6: actors, not re-actors).
  ownership: [
    { question: 'obj_own_agenda', weight: 2 },
    { question: 'act_city_networks', weight: 1 },
  ],
  // Report and R1 (ch. 9.5; table 9.1): learning happened on BOTH sides, in several forms, and is
  // recognised. learn_both is the lower of the two sides' learning (content-model-v2 §2.2), so
  // "we learned little, they learned a lot" is not averaged into a fair score: ch. 9.5 calls that
  // the linear aid model, not mutual learning.
  mutual_learning: [
    { item: 'learn_both', weight: 4, lowerOf: ['learn_own_extent', 'learn_partner_extent'] },
    { question: 'learn_forms', weight: 1, count: 'FORMS' },
    { question: 'learn_recognised', weight: 1 },
  ],
};

/** All twelve indicators, in the order of §5.4. An indicator that does not apply to the pair
 *  (translocal_use, content-model-v2 §2.1) has no score; the report reads why from the dimension. */
export function scoreIndicators(ctx: ScoringContext): IndicatorResult[] {
  return INDICATOR_IDS.map((id) => {
    const result = weightedScore(INDICATOR_ITEMS[id], ctx);
    return isScoreNotApplicable(id, ctx.visible) ? { id, ...result, score: null } : { id, ...result };
  });
}
