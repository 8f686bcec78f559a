// R3: Build on exchange between colleagues. ch. 10, rec. 3; sum. rec. 3; ch. 9.5 dim. 1; ch. 9.6.
import type { RecommendationRule } from './types';

export const R3: RecommendationRule = {
  id: 'R3',
  source: 'ch. 10, rec. 3; sum. rec. 3; ch. 9.5 dim. 1; ch. 9.6',
  linked: [
    { kind: 'dimension', id: 'similarity' },
    { kind: 'indicator', id: 'peer_exchange' },
  ],
  actions: [
    {
      id: 'R3_connect_peers',
      trigger: { question: 'ex_peer_contact', lte: 2 },
      source: 'ch. 9.5 dim. 1; paper §Constraints to learning',
    },
    {
      id: 'R3_exchange_in_daily_work',
      trigger: {
        all: [
          { question: 'ex_methods', excludes: 'peer_to_peer' },
          { question: 'ex_methods', excludes: 'on_the_job' },
        ],
      },
      source: 'ch. 9.3; ch. 9.6',
    },
    {
      id: 'R3_foster_equal_exchange',
      trigger: {
        any: [
          { question: 'cond_power_equality', lte: 2 },
          { question: 'cond_donor_recipient', gte: 4 },
          { question: 'cond_knowledge_valued', lte: 2 },
          { question: 'cond_openness_to_learn', lte: 2 },
        ],
      },
      source: 'ch. 10, rec. 3; ch. 9.5 dim. 2, 3, 5',
    },
  ],
};
