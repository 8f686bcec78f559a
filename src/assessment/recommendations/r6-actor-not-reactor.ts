// R6: Be an actor, not a re-actor. ch. 10, rec. 6; sum. rec. 6; ch. 9.2.
import type { RecommendationRule } from './types';

export const R6: RecommendationRule = {
  id: 'R6',
  source: 'ch. 10, rec. 6; sum. rec. 6; ch. 9.2',
  linked: [
    { kind: 'indicator', id: 'ownership' },
    { kind: 'indicator', id: 'public_support' },
  ],
  actions: [
    {
      id: 'R6_shape_own_agenda',
      trigger: { question: 'obj_own_agenda', lte: 2 },
      source: 'ch. 10, rec. 6',
    },
    {
      id: 'R6_join_city_networks',
      trigger: { question: 'act_city_networks', equals: 'no' },
      source: 'ch. 10, rec. 6; ch. 1.6.3',
    },
    {
      id: 'R6_build_political_support',
      trigger: {
        any: [
          { question: 'out_political_support', lte: 2 },
          { question: 'learn_application_barriers', includes: 'no_backing' },
        ],
      },
      source: 'ch. 9.2; ch. 10, rec. 6',
    },
  ],
};
