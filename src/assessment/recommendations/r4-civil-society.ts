// R4: Keep a basic municipal commitment to civil-society initiatives. ch. 10, rec. 4; sum. rec. 4;
// ch. 9.3; ch. 9.4. Always applicable: CSO_INVOLVED already hides the questions behind the first
// two action points, and ch. 9.4 sees untapped potential in the interfaces even without CSOs.
import type { RecommendationRule } from './types';

export const R4: RecommendationRule = {
  id: 'R4',
  source: 'ch. 10, rec. 4; sum. rec. 4; ch. 9.3; ch. 9.4',
  linked: [{ kind: 'indicator', id: 'civil_society_support' }],
  actions: [
    {
      id: 'R4_back_initiatives',
      trigger: { question: 'act_municipal_support_cso', lte: 2 },
      source: 'ch. 10, rec. 4; ch. 9.3',
    },
    {
      id: 'R4_sustain_initiatives',
      trigger: { question: 'act_cso_initiatives_stalled', equals: 'yes' },
      source: 'ch. 10, rec. 4; ch. 9.4',
    },
    {
      id: 'R4_strengthen_interfaces',
      trigger: { question: 'out_interfaces_strengthened', lte: 2 },
      source: 'ch. 9.4; paper §Strengthening interfaces',
    },
  ],
};
