import { defineSection } from '../types';

// content-model §3.6
export const learning = defineSection({
  id: 'learning',
  questions: [
    {
      id: 'learn_own_extent',
      type: 'likert5',
      scale: 'extent',
      feeds: ['I:mutual_learning', 'R1'],
      source: 'ch. 9.5; table 9.1',
    },
    {
      id: 'learn_forms',
      type: 'multi',
      options: [
        'practice_knowledge',
        'organisation_processes',
        'dispositional',
        'cultural_diversity',
        'transnational_issues',
        'reflection_own_work',
      ],
      noneOk: true,
      sideWording: true,
      feeds: ['I:mutual_learning'],
      source: 'ch. 9.3, table 9.1; sum. ch. 5',
    },
    {
      id: 'learn_partner_extent',
      type: 'likert5',
      scale: 'extent',
      feeds: ['I:mutual_learning', 'R1'],
      source: 'ch. 9.5; ch. 9.7',
    },
    {
      id: 'learn_recognised',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:mutual_learning', 'R1'],
      source: 'paper §(inter)national context; paper table 2',
    },
    {
      id: 'learn_application_barriers',
      type: 'multi',
      options: ['mandate_limits', 'no_budget', 'no_backing', 'context_too_different', 'other'],
      noneOk: true,
      feeds: ['R1', 'R2', 'R4', 'R5', 'R6'],
      source: 'ch. 9.3; ch. 9.4; ch. 9.7',
    },
  ],
});
