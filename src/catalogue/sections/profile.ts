import { defineSection } from '../types';

// content-model §3.1
export const profile = defineSection({
  id: 'profile',
  questions: [
    {
      id: 'profile_own_municipality',
      type: 'short_text',
      maxLength: 200,
      required: true,
      source: 'sum. ch. 1',
    },
    {
      id: 'profile_partner_municipality',
      type: 'short_text',
      maxLength: 200,
      required: true,
      source: 'sum. ch. 1',
    },
    {
      id: 'profile_side',
      type: 'single',
      options: ['destination', 'source'],
      required: true,
      // content-model-v2 §0: a trigger of R4_support_partner_initiatives; never scored.
      feeds: ['R4'],
      source: 'ch. 9.1; sum. ch. 7',
    },
    {
      id: 'profile_role',
      type: 'single',
      options: ['international_officer', 'department_officer', 'elected_official', 'civil_society', 'other'],
      // content-model-v2 §0, §3: a trigger of R4_back_initiatives and the report's wording; never scored.
      feeds: ['R4'],
      source: 'ch. 9.6; ch. 1.2',
    },
    {
      id: 'profile_partnership_years',
      type: 'number',
      min: 0,
      max: 100,
      unit: 'years',
      feeds: ['D:trust'],
      source: 'ch. 9.1; ch. 1.2; ch. 9.5 dim. 4',
    },
  ],
});
