// R4: Keep at least a basic municipal involvement, so that civil-society initiatives can take
// root. ch. 10, rec. 4; sum. rec. 4; ch. 9.3; ch. 9.4. Always applicable: CSO_INVOLVED already hides the questions behind the first
// two action points, and ch. 9.4 sees untapped potential in the interfaces even without CSOs.
import type { RecommendationRule } from './types';

export const R4: RecommendationRule = {
  id: 'R4',
  source: 'ch. 10, rec. 4; sum. rec. 4; ch. 9.3; ch. 9.4',
  linked: [{ kind: 'indicator', id: 'civil_society_support' }],
  actions: [
    {
      id: 'R4_back_initiatives',
      trigger: {
        any: [
          { question: 'act_municipal_support_cso', lte: 2 },
          // content-model-v2 §3: a civil-society respondent whose lessons lack backing.
          {
            all: [
              { question: 'profile_role', equals: 'civil_society' },
              { question: 'learn_application_barriers', includes: 'no_backing' },
            ],
          },
        ],
      },
      source: 'ch. 10, rec. 4; ch. 9.3',
    },
    {
      id: 'R4_sustain_initiatives',
      trigger: { question: 'act_cso_initiatives_stalled', equals: 'yes' },
      source: 'ch. 10, rec. 4; ch. 9.4',
    },
    {
      // content-model-v2 §3: a destination municipality backing social and welfare initiatives on
      // the partner's side, where civil society takes part or is one of the partner's aims.
      id: 'R4_support_partner_initiatives',
      trigger: {
        all: [
          { question: 'profile_side', equals: 'destination' },
          {
            any: [
              { question: 'act_actor_types_partner', includes: 'civil_society_organisations' },
              { question: 'act_actor_types_partner', includes: 'migrant_organisations' },
              { question: 'obj_partner_objectives', includes: 'civil_society' },
            ],
          },
          {
            any: [
              { question: 'act_cso_initiatives_stalled', equals: 'yes' },
              { question: 'act_municipal_support_cso', lte: 2 },
            ],
          },
        ],
      },
      source: 'ch. 10, rec. 4',
    },
    {
      id: 'R4_strengthen_interfaces',
      trigger: { question: 'out_interfaces_strengthened', lte: 2 },
      source: 'ch. 9.4; paper §Strengthening interfaces',
    },
  ],
};
