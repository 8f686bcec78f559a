import { defineSection } from '../types';

const ACTOR_TYPES = [
  'municipal_departments',
  'elected_officials',
  'migrant_organisations',
  'civil_society_organisations',
  'schools',
  'private_companies',
  'knowledge_institutions',
  'individual_residents',
  'other',
] as const;

const ROLE_SCALE = ['none', 'marginal', 'substantial', 'central', 'dont_know'] as const;

// content-model §4.3, macro CSO_INVOLVED (written out in full, as the spec asks).
const CSO_INVOLVED = { question: 'act_cso_role', in: ['marginal', 'substantial', 'central'] } as const;

// content-model §3.3
export const actors = defineSection({
  id: 'actors',
  questions: [
    {
      id: 'act_actor_types_own',
      type: 'multi',
      options: ACTOR_TYPES,
      required: true,
      sideWording: true,
      feeds: ['I:actor_diversity', 'I:translocal_use', 'R2', 'R7'],
      source: 'ch. 9.2; ch. 9.6',
    },
    {
      id: 'act_actor_types_partner',
      type: 'multi',
      options: ACTOR_TYPES,
      sideWording: true,
      feeds: ['I:actor_diversity', 'R4', 'R7'],
      source: 'ch. 9.2; sum. ch. 6',
    },
    {
      id: 'act_cso_role',
      type: 'single',
      options: ROLE_SCALE,
      required: true,
      feeds: ['I:actor_diversity', 'NM', 'gate'],
      source: 'ch. 9.2; sum. ch. 4; ch. 9.4',
    },
    {
      id: 'act_higher_levels',
      type: 'single',
      options: ROLE_SCALE,
      required: true,
      feeds: ['I:broader_networks', 'NM', 'R2'],
      source: 'ch. 9.4; sum. ch. 4, ch. 6; ch. 10, rec. 2',
    },
    {
      id: 'act_key_persons',
      type: 'single',
      options: ['one_or_two', 'small_group', 'broad'],
      feeds: ['I:institutionalisation', 'R2'],
      source: 'ch. 9.3',
    },
    {
      id: 'act_municipal_support_cso',
      type: 'likert5',
      scale: 'agree',
      showIf: CSO_INVOLVED,
      feeds: ['I:civil_society_support', 'R4'],
      source: 'ch. 10, rec. 4; ch. 9.3; sum. ch. 5',
    },
    {
      id: 'act_cso_initiatives_stalled',
      type: 'yes_no_unsure',
      reverse: true,
      showIf: CSO_INVOLVED,
      feeds: ['I:civil_society_support', 'R4'],
      source: 'ch. 10, rec. 4; ch. 9.4',
    },
    {
      id: 'act_city_networks',
      type: 'yes_no_unsure',
      feeds: ['I:broader_networks', 'I:ownership', 'R6'],
      source: 'ch. 10, rec. 6; ch. 1.2.1; ch. 1.6.3',
    },
  ],
});
