import { defineSection } from '../types';

/** The aims a partnership can have: asked for one's own side and, since catalogue "2", for the
 *  partner's (content-model-v2 §1 says they are the same eight options). */
const OBJECTIVE_OPTIONS = [
  'local_governance',
  'civil_society',
  'economic_development',
  'integration_cohesion',
  'mutual_understanding',
  'transnational_links',
  'solidarity',
  'other',
] as const;

// content-model §3.2
export const objectives = defineSection({
  id: 'objectives',
  questions: [
    {
      id: 'obj_main_objectives',
      type: 'multi',
      options: OBJECTIVE_OPTIONS,
      required: true,
      source: 'ch. 9.1; ch. 9.5 fn. 149; ch. 1.2',
    },
    { id: 'obj_objectives_text', type: 'long_text', maxLength: 5000, source: 'ch. 9.5; ch. 10, rec. 5' },
    // content-model-v2 §1: the partner's aims as the respondent sees them; not scored.
    {
      id: 'obj_partner_objectives',
      type: 'multi',
      options: OBJECTIVE_OPTIONS,
      sideWording: true,
      feeds: ['R4'],
      source: 'ch. 9.1; ch. 9.5.1',
    },
    // content-model-v2 §1: quoted in the report; not scored.
    { id: 'obj_projects_text', type: 'long_text', maxLength: 5000, source: 'ch. 9.5.1; table 9.2' },
    {
      id: 'obj_objectives_clear',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:objectives_clarity', 'R5'],
      source: 'ch. 10, rec. 5; ch. 9.6',
    },
    {
      id: 'obj_learning_goals',
      type: 'single',
      options: ['written', 'discussed', 'none'],
      feeds: ['I:objectives_clarity', 'R1'],
      source: 'ch. 9.5; sum. ch. 7',
    },
    {
      id: 'obj_learning_direction',
      type: 'single',
      options: ['mainly_partner', 'mainly_own', 'both_sides', 'not_discussed'],
      feeds: ['D:equality', 'I:reciprocity', 'R1'],
      source: 'ch. 9.5; ch. 9.7',
    },
    {
      id: 'obj_agenda_serves_both',
      type: 'likert5',
      scale: 'agree',
      feeds: ['D:equality', 'I:reciprocity', 'R1'],
      source: 'ch. 10, rec. 1; sum. rec. 1',
    },
    {
      id: 'obj_expectations_realistic',
      type: 'likert5',
      scale: 'agree',
      feeds: ['I:objectives_clarity', 'R5'],
      source: 'ch. 10, rec. 5; ch. 9.5',
    },
    {
      id: 'obj_support_programme',
      type: 'single',
      options: ['current', 'ended', 'never', 'dont_know'],
      feeds: ['gate'],
      source: 'ch. 9.2; ch. 10, rec. 1',
    },
    {
      id: 'obj_programme_fit',
      type: 'likert5',
      scale: 'agree',
      showIf: { question: 'obj_support_programme', in: ['current', 'ended'] },
      feeds: ['D:resources', 'I:reciprocity', 'R1'],
      source: 'sum. ch. 4; ch. 9.5 dim. 3; paper §(inter)national context',
    },
    {
      id: 'obj_own_agenda',
      type: 'likert5',
      scale: 'agree',
      sideWording: true,
      feeds: ['I:ownership', 'R6'],
      source: 'ch. 10, rec. 6; ch. 10, rec. 1',
    },
  ],
});
