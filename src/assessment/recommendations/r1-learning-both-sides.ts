// R1: Make learning by both partners an explicit aim. ch. 10, rec. 1; sum. rec. 1; ch. 9.5.
import type { RecommendationRule } from './types';

export const R1: RecommendationRule = {
  id: 'R1',
  source: 'ch. 10, rec. 1; sum. rec. 1; ch. 9.5',
  linked: [
    { kind: 'dimension', id: 'equality' },
    { kind: 'dimension', id: 'difference' },
    { kind: 'indicator', id: 'reciprocity' },
    // content-model-v2 §2.2: learning that happened on one side only is not mutual learning.
    { kind: 'indicator', id: 'mutual_learning' },
  ],
  actions: [
    {
      id: 'R1_define_learning_goals',
      trigger: { question: 'obj_learning_goals', equals: 'none' },
      source: 'ch. 9.5; sum. ch. 7',
    },
    {
      id: 'R1_learn_in_both_directions',
      trigger: {
        any: [
          { question: 'obj_learning_direction', in: ['mainly_partner', 'mainly_own', 'not_discussed'] },
          { question: 'ex_visits_both_ways', in: ['mainly_outgoing', 'mainly_incoming', 'no_visits'] },
          // content-model-v2 §3: one side learned little while the other learned much (ch. 9.5).
          {
            all: [
              { question: 'learn_own_extent', lte: 2 },
              { question: 'learn_partner_extent', gte: 4 },
            ],
          },
          {
            all: [
              { question: 'learn_own_extent', gte: 4 },
              { question: 'learn_partner_extent', lte: 2 },
            ],
          },
        ],
      },
      source: 'ch. 9.5; ch. 9.7; paper §Conclusions',
    },
    {
      id: 'R1_align_agendas',
      trigger: {
        any: [
          { question: 'obj_agenda_serves_both', lte: 2 },
          { question: 'obj_programme_fit', lte: 2 },
        ],
      },
      source: 'ch. 10, rec. 1; sum. ch. 4',
    },
    {
      id: 'R1_seek_and_recognise_learning',
      trigger: {
        any: [
          { question: 'cond_openness_to_learn', lte: 2 },
          { question: 'learn_recognised', lte: 2 },
          // content-model-v2 §3; ch. 9.5.1, second dimension: a lack of openness to draw lessons.
          { question: 'learn_application_barriers', includes: 'context_too_different' },
        ],
      },
      source: 'ch. 9.5 dim. 2; ch. 9.5.1; paper §(inter)national context',
    },
  ],
};
