import { defineSection } from '../types';

// content-model §3.8
export const outcomes = defineSection({
  id: 'outcomes',
  questions: [
    {
      id: 'out_own_org_strengthened',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:institutionalisation'],
      source: 'ch. 9.4; sum. ch. 6',
    },
    {
      id: 'out_cso_strengthened',
      type: 'likert5',
      scale: 'agree',
      showIf: { question: 'act_cso_role', in: ['marginal', 'substantial', 'central'] },
      feeds: ['I:civil_society_support'],
      source: 'ch. 9.4',
    },
    {
      id: 'out_interfaces_strengthened',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:civil_society_support', 'R4'],
      source: 'ch. 9.4; sum. ch. 6; paper §Strengthening interfaces',
    },
    {
      id: 'out_broader_networks',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:broader_networks', 'R2'],
      source: 'ch. 9.4; sum. ch. 6',
    },
    {
      id: 'out_internal_dissemination',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:institutionalisation', 'R2'],
      source: 'ch. 10, rec. 2; ch. 9.4',
    },
    {
      id: 'out_external_dissemination',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:broader_networks', 'R2'],
      source: 'ch. 10, rec. 2',
    },
    {
      id: 'out_political_support',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:public_support', 'R6'],
      source: 'ch. 9.2; ch. 10, rec. 6; ch. 1.5.2',
    },
    {
      id: 'out_continuation',
      type: 'single',
      options: ['expanding', 'continuing', 'uncertain', 'winding_down'],
      feeds: ['R5'],
      source: 'ch. 10, rec. 5; ch. 1.6.4; paper §(inter)national context',
    },
    { id: 'out_lessons_text', type: 'long_text', maxLength: 5000, source: 'ch. 9.7' },
  ],
});
