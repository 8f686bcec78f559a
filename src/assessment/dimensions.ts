// content-model §5.3: the six dynamics of mutual learning (ch. 9.5), as data. Weights in ×;
// the scoring itself is the shared rule of §5.2 (weighted-score.ts).
import type { DimensionId } from '../catalogue/ids';
import { DIMENSION_IDS } from '../catalogue/ids';
import type { DimensionResult } from './schema';
import type { TableItem } from './item-scores';
import { isScoreNotApplicable } from './not-applicable';
import { weightedScore, type ScoringContext } from './weighted-score';

export const DIMENSION_ITEMS: Readonly<Record<DimensionId, readonly TableItem[]>> = {
  // ch. 9.5 dim. 1: professionals recognise each other's work and meet as colleagues.
  similarity: [
    { question: 'cond_professional_similarity', weight: 2 },
    { question: 'ex_peer_contact', weight: 2 },
    { question: 'ex_methods', weight: 1, count: 'PEER' },
  ],
  // ch. 9.5 dim. 2: differences are seen, understood and used (cond_difference_barrier is reverse).
  difference: [
    { question: 'cond_difference_inspiring', weight: 2 },
    { question: 'cond_openness_to_learn', weight: 2 },
    { question: 'cond_difference_barrier', weight: 1 },
    { question: 'cond_context_knowledge', weight: 1 },
  ],
  // ch. 9.5 dim. 3: both partners bring in resources, and they are valued.
  resources: [
    { question: 'cond_resources_both', weight: 2 },
    { question: 'cond_knowledge_valued', weight: 1 },
    { question: 'cond_capacity', weight: 1 },
    { question: 'obj_programme_fit', weight: 1 },
  ],
  // ch. 9.5 dim. 4: trust built through continuous, lasting collaboration.
  trust: [
    { question: 'cond_trust_continuity', weight: 2 },
    { question: 'ex_continuity', weight: 1 },
    { question: 'profile_partnership_years', weight: 1 },
  ],
  // ch. 9.5 dim. 5: equal say, no giver–receiver pattern (cond_donor_recipient is reverse).
  equality: [
    { question: 'cond_power_equality', weight: 2 },
    { question: 'cond_donor_recipient', weight: 2 },
    { question: 'obj_agenda_serves_both', weight: 1 },
    { question: 'obj_learning_direction', weight: 1 },
  ],
  // ch. 9.5, the sixth dimension. The link itself (tl_diaspora_link) is a given of the pair that a
  // municipality cannot change, so it is shown as context, not scored (content-model-v2 §2.1); the
  // score is how the partnership uses the ties it has. The themes (×2) are the three ways ch. 9.5
  // saw the dimension at work.
  translocal: [
    { question: 'tl_migrants_involved', weight: 1 },
    { question: 'tl_migrant_roles', weight: 1, count: 'ROLES' },
    { question: 'tl_networks_used', weight: 1 },
    { question: 'tl_translocal_themes', weight: 2, count: 'THEMES' },
  ],
};

/** All six dimensions, in the order of §5.3. A dimension that does not apply to the pair has no
 *  score; its coverage and contributions are computed as usual (content-model-v2 §2.1). */
export function scoreDimensions(ctx: ScoringContext): DimensionResult[] {
  return DIMENSION_IDS.map((id) => {
    const result = weightedScore(DIMENSION_ITEMS[id], ctx);
    const notApplicable = isScoreNotApplicable(id, ctx.visible);
    return { id, ...result, score: notApplicable ? null : result.score, notApplicable };
  });
}
