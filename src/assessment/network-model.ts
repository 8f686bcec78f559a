// content-model §6 (ch. 9.4, figure 9.1; sum. ch. 4 "Netwerk modellen"): the governance network
// model, classified by who takes part in an important role.
import type { NetworkModelId } from '../catalogue/ids';
import type { NetworkModelResult } from './schema';
import { itemScore } from './item-scores';
import type { ScoringContext } from './weighted-score';

/** The two deciding questions: non-governmental actors, and other municipalities/higher levels. */
export const NETWORK_MODEL_QUESTIONS = ['act_cso_role', 'act_higher_levels'] as const;

/** `marginal` is not important: the multi-level model is one in which NGOs play no important part (sum. ch. 4). */
export const IMPORTANT_ROLES: readonly string[] = ['substantial', 'central'];

/** [cs][ml] → model. */
const MODELS: Readonly<Record<'false' | 'true', Readonly<Record<'false' | 'true', NetworkModelId>>>> = {
  false: { false: 'classic', true: 'multi_level' },
  true: { false: 'multi_actor', true: 'hybrid' },
};

export function classifyNetworkModel(ctx: ScoringContext): NetworkModelResult {
  const contributions: NetworkModelResult['contributions'] = [];
  for (const question of NETWORK_MODEL_QUESTIONS) {
    const value = ctx.visible.get(question);
    if (typeof value === 'string')
      contributions.push({
        question,
        value,
        itemScore: itemScore({ question, weight: 1 }, value),
        weight: 1,
      });
  }
  const cso = ctx.visible.get('act_cso_role');
  const levels = ctx.visible.get('act_higher_levels');
  if (typeof cso !== 'string' || typeof levels !== 'string' || cso === 'dont_know' || levels === 'dont_know')
    return { id: null, contributions };
  const cs = IMPORTANT_ROLES.includes(cso) ? 'true' : 'false';
  const ml = IMPORTANT_ROLES.includes(levels) ? 'true' : 'false';
  return { id: MODELS[cs][ml], contributions };
}
