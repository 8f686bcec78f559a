// R7: Involve migrants and migrant organisations. ch. 10, rec. 7; sum. rec. 7; ch. 9.3; ch. 9.5
// (sixth dimension). Rec. 7 builds on existing transnational ties: with no diaspora link and no
// migrants taking part there are none, so R7 is not applicable. dont_know or no answer keeps it.
import type { RecommendationRule } from './types';

export const R7: RecommendationRule = {
  id: 'R7',
  source: 'ch. 10, rec. 7; sum. rec. 7; ch. 9.3; ch. 9.5',
  applicability: {
    not: {
      all: [
        { question: 'tl_diaspora_link', equals: 'none' },
        { question: 'tl_migrants_involved', equals: 'none' },
      ],
    },
  },
  linked: [{ kind: 'indicator', id: 'translocal_use' }],
  actions: [
    {
      id: 'R7_inform_public',
      trigger: { question: 'tl_public_informed', lte: 2 },
      source: 'ch. 10, rec. 7 (1); paper §Strengthening interfaces',
    },
    {
      id: 'R7_involve_more_migrants',
      trigger: {
        any: [
          { question: 'tl_migrants_involved', in: ['none', 'few_staff'] },
          {
            all: [
              { question: 'act_actor_types_own', excludes: 'migrant_organisations' },
              { question: 'act_actor_types_partner', excludes: 'migrant_organisations' },
            ],
          },
        ],
      },
      source: 'ch. 10, rec. 7 (2); ch. 9.2',
    },
    {
      id: 'R7_draw_on_knowledge_networks',
      trigger: {
        any: [
          { question: 'tl_networks_used', lte: 2 },
          {
            all: [
              { question: 'tl_migrant_roles', excludes: 'intermediary' },
              { question: 'tl_migrant_roles', excludes: 'expert' },
            ],
          },
        ],
      },
      source: 'ch. 10, rec. 7 (3); ch. 9.3',
    },
    {
      // content-model-v2 §3: migrants bridge alongside, not instead of, direct contact between
      // colleagues; where they took over communication, professionals felt left out (ch. 9.3).
      id: 'R7_keep_colleagues_in_contact',
      trigger: {
        all: [
          {
            any: [
              { question: 'tl_migrant_roles', includes: 'interpreter' },
              { question: 'tl_migrant_roles', includes: 'intermediary' },
            ],
          },
          { question: 'ex_peer_contact', lte: 2 },
        ],
      },
      source: 'ch. 9.3; sum. ch. 5',
    },
  ],
};
