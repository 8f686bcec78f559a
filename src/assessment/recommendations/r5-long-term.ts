// R5: Invest for the long term; one-off activities are not enough. ch. 10, rec. 5; sum. rec. 5;
// ch. 9.5 dim. 4.
import type { RecommendationRule } from './types';

export const R5: RecommendationRule = {
  id: 'R5',
  source: 'ch. 10, rec. 5; sum. rec. 5; ch. 9.5 dim. 4',
  linked: [
    { kind: 'dimension', id: 'trust' },
    { kind: 'indicator', id: 'facilitation' },
    { kind: 'indicator', id: 'objectives_clarity' },
  ],
  actions: [
    {
      id: 'R5_set_clear_objectives',
      trigger: {
        any: [
          { question: 'obj_objectives_clear', lte: 2 },
          { question: 'obj_expectations_realistic', lte: 2 },
        ],
      },
      source: 'ch. 10, rec. 5; ch. 9.6',
    },
    {
      id: 'R5_invest_capacity',
      trigger: {
        any: [
          { question: 'cond_capacity', lte: 2 },
          { question: 'learn_application_barriers', includes: 'no_budget' },
        ],
      },
      source: 'ch. 10, rec. 5',
    },
    {
      id: 'R5_prepare_and_bridge',
      trigger: {
        any: [
          { question: 'ex_preparation', lte: 2 },
          { question: 'ex_barriers_bridged', lte: 2 },
          { question: 'cond_context_knowledge', lte: 2 },
          { question: 'learn_application_barriers', includes: 'context_too_different' },
        ],
      },
      source: 'ch. 10, rec. 5; ch. 9.3',
    },
    {
      id: 'R5_commit_long_term',
      trigger: {
        any: [
          { question: 'ex_continuity', in: ['one_off', 'ad_hoc'] },
          { question: 'out_continuation', in: ['uncertain', 'winding_down'] },
          { question: 'cond_trust_continuity', lte: 2 },
        ],
      },
      source: 'ch. 10, rec. 5; ch. 9.5 dim. 4',
    },
  ],
};
