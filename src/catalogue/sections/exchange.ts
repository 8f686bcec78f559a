import { defineSection } from '../types';

// content-model §3.5
export const exchange = defineSection({
  id: 'exchange',
  questions: [
    {
      id: 'ex_methods',
      type: 'multi',
      options: [
        'peer_to_peer',
        'on_the_job',
        'meetings_workshops',
        'field_visits',
        'third_party_events',
        'training_courses',
        'written_documents',
        'remote_contact',
        'informal_moments',
      ],
      required: true,
      feeds: ['D:similarity', 'I:peer_exchange', 'R3'],
      source: 'ch. 9.3',
    },
    {
      id: 'ex_peer_contact',
      type: 'likert5',
      scale: 'extent',
      feeds: ['D:similarity', 'I:peer_exchange', 'R3', 'R7'],
      source: 'ch. 9.5 dim. 1; ch. 10, rec. 3; paper §Constraints to learning',
    },
    {
      id: 'ex_continuity',
      type: 'single',
      options: ['one_off', 'ad_hoc', 'annual_plan', 'multi_year_plan'],
      feeds: ['D:trust', 'R5'],
      source: 'ch. 9.5 dim. 4; ch. 9.6; ch. 10, rec. 5; sum. ch. 5',
    },
    {
      id: 'ex_preparation',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:facilitation', 'R5'],
      source: 'ch. 9.3; ch. 9.6',
    },
    {
      id: 'ex_barriers_bridged',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:facilitation', 'R5'],
      source: 'ch. 9.3; ch. 9.6; ch. 10, rec. 5',
    },
    {
      id: 'ex_visits_both_ways',
      type: 'single',
      options: ['both_directions', 'mainly_outgoing', 'mainly_incoming', 'no_visits'],
      feeds: ['I:reciprocity', 'R1'],
      source: 'paper §Conclusions; ch. 9.3',
    },
  ],
});
