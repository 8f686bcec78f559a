import { defineSection } from '../types';

const MIGRANTS_INVOLVED = { question: 'tl_migrants_involved', in: ['few_staff', 'several', 'many'] } as const;

// content-model §3.4
export const translocal = defineSection({
  id: 'translocal',
  questions: [
    {
      id: 'tl_diaspora_link',
      type: 'single',
      options: ['direct', 'regional', 'national', 'none', 'dont_know'],
      required: true,
      sideWording: true,
      feeds: ['gate', 'R7'],
      source: 'ch. 9.2; sum. ch. 4; paper §Introduction to C2C',
    },
    {
      id: 'tl_migrants_involved',
      type: 'single',
      options: ['none', 'few_staff', 'several', 'many'],
      sideWording: true,
      feeds: ['D:translocal', 'I:translocal_use', 'gate', 'R7'],
      source: 'ch. 10, rec. 7; ch. 9.2',
    },
    {
      id: 'tl_migrant_roles',
      type: 'multi',
      options: ['initiator', 'interpreter', 'intermediary', 'expert', 'volunteer'],
      showIf: MIGRANTS_INVOLVED,
      sideWording: true,
      feeds: ['D:translocal', 'I:translocal_use', 'R7'],
      source: 'ch. 9.3; sum. ch. 5',
    },
    {
      id: 'tl_networks_used',
      type: 'likert5',
      scale: 'extent',
      showIf: MIGRANTS_INVOLVED,
      sideWording: true,
      feeds: ['D:translocal', 'I:translocal_use', 'R7'],
      source: 'ch. 10, rec. 7 (3); ch. 9.3',
    },
    {
      id: 'tl_translocal_themes',
      type: 'multi',
      options: ['integration_cohesion', 'co_development', 'mutual_understanding'],
      noneOk: true,
      // content-model §4.3, macro LINKED
      showIf: { question: 'tl_diaspora_link', in: ['direct', 'regional', 'national', 'dont_know'] },
      sideWording: true,
      feeds: ['D:translocal'],
      source: 'ch. 9.5 (sixth dimension); sum. ch. 7',
    },
    {
      id: 'tl_public_informed',
      type: 'likert5',
      scale: 'agree',
      sideWording: true,
      feeds: ['I:public_support', 'R7'],
      source: 'ch. 10, rec. 7 (1); paper §Strengthening interfaces',
    },
  ],
});
