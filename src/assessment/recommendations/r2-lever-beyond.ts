// R2: Use the partnership as a lever beyond the people involved. ch. 10, rec. 2; sum. rec. 2; ch. 9.4.
import type { RecommendationRule } from './types';

export const R2: RecommendationRule = {
  id: 'R2',
  source: 'ch. 10, rec. 2; sum. rec. 2; ch. 9.4',
  linked: [
    { kind: 'indicator', id: 'institutionalisation' },
    { kind: 'indicator', id: 'broader_networks' },
  ],
  actions: [
    {
      id: 'R2_disseminate_internally',
      trigger: {
        any: [
          { question: 'out_internal_dissemination', lte: 2 },
          { question: 'act_key_persons', equals: 'one_or_two' },
        ],
      },
      source: 'ch. 10, rec. 2; ch. 9.3',
    },
    {
      id: 'R2_disseminate_externally',
      trigger: { question: 'out_external_dissemination', lte: 2 },
      source: 'ch. 10, rec. 2',
    },
    {
      id: 'R2_engage_knowledge_institutions',
      trigger: {
        all: [
          { question: 'act_actor_types_own', excludes: 'knowledge_institutions' },
          { question: 'out_internal_dissemination', lte: 3 },
        ],
      },
      source: 'ch. 10, rec. 2',
    },
    {
      id: 'R2_involve_higher_levels',
      trigger: {
        all: [
          { question: 'act_higher_levels', in: ['none', 'marginal'] },
          {
            any: [
              { question: 'learn_application_barriers', includes: 'mandate_limits' },
              { question: 'out_broader_networks', lte: 2 },
            ],
          },
        ],
      },
      source: 'ch. 10, rec. 2; ch. 9.3; ch. 9.4',
    },
  ],
};
