import { defineSection } from '../types';

// content-model §3.7: the conditions for mutual learning (ch. 9.5).
export const conditions = defineSection({
  id: 'conditions',
  questions: [
    {
      id: 'cond_professional_similarity',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:similarity'],
      source: 'ch. 9.5 dim. 1; ch. 1.2; paper §Constraints',
    },
    {
      id: 'cond_difference_inspiring',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:difference'],
      source: 'ch. 9.5 dim. 2',
    },
    {
      id: 'cond_difference_barrier',
      type: 'likert5',
      scale: 'agree',
      reverse: true,
      feeds: ['D:difference'],
      source: 'ch. 9.5 dim. 2; paper §Constraints',
    },
    {
      id: 'cond_openness_to_learn',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:difference', 'R1', 'R3'],
      source: 'ch. 9.5 dim. 2; ch. 10, rec. 1 and 3',
    },
    {
      id: 'cond_context_knowledge',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:difference', 'I:facilitation', 'R5'],
      source: 'ch. 10, rec. 5; ch. 9.3; paper §Conclusions',
    },
    {
      id: 'cond_resources_both',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:resources'],
      source: 'ch. 9.5 dim. 3',
    },
    {
      id: 'cond_knowledge_valued',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:resources', 'R3'],
      source: 'ch. 9.5; paper §Mutual learning',
    },
    {
      id: 'cond_capacity',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:resources', 'I:facilitation', 'R5'],
      source: 'ch. 10, rec. 5; ch. 9.2; ch. 1.2',
    },
    {
      id: 'cond_trust_continuity',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:trust', 'R5'],
      source: 'ch. 9.5 dim. 4; ch. 9.1',
    },
    {
      id: 'cond_power_equality',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:equality', 'R3'],
      source: 'ch. 9.5 dim. 5',
    },
    {
      id: 'cond_donor_recipient',
      type: 'likert5',
      scale: 'agree',
      reverse: true,
      feeds: ['D:equality', 'R3'],
      source: 'ch. 9.5 dim. 3 and 5; sum. ch. 7',
    },
  ],
});
