// content-model §7.2, R1 (ch. 10, rec. 1): one case that triggers each action point, one that does not.
import { describe, expect, it } from 'vitest';
import { assessWith, recommendation } from '../helpers';
import { actionPointTests } from './cases';

describe('R1: make learning by both partners an explicit aim', () => {
  it('is low with no action when nothing points to it', () => {
    expect(recommendation(assessWith(), 'R1')).toMatchObject({ priority: 'low', actions: [], triggers: [] });
  });

  actionPointTests('R1', 'R1_define_learning_goals', [
    {
      name: 'no learning goals are stated',
      overrides: { obj_learning_goals: 'none' },
      triggers: ['obj_learning_goals'],
    },
    { name: 'learning goals were only discussed', overrides: { obj_learning_goals: 'discussed' } },
  ]);

  actionPointTests('R1', 'R1_learn_in_both_directions', [
    {
      name: 'mainly the partner learns',
      overrides: { obj_learning_direction: 'mainly_partner' },
      triggers: ['obj_learning_direction'],
    },
    {
      name: 'mainly our side learns',
      overrides: { obj_learning_direction: 'mainly_own' },
      triggers: ['obj_learning_direction'],
    },
    {
      name: 'who learns was not discussed',
      overrides: { obj_learning_direction: 'not_discussed' },
      triggers: ['obj_learning_direction'],
    },
    {
      name: 'visits go mainly outward',
      overrides: { ex_visits_both_ways: 'mainly_outgoing' },
      triggers: ['ex_visits_both_ways'],
    },
    {
      name: 'there are no visits',
      overrides: { ex_visits_both_ways: 'no_visits' },
      triggers: ['ex_visits_both_ways'],
    },
    {
      name: 'both leaves are true (both named, catalogue order)',
      overrides: { ex_visits_both_ways: 'mainly_incoming', obj_learning_direction: 'mainly_own' },
      triggers: ['obj_learning_direction', 'ex_visits_both_ways'],
    },
    { name: 'both sides learn and visits go both ways', overrides: { obj_learning_direction: 'both_sides' } },
  ]);

  actionPointTests('R1', 'R1_align_agendas', [
    {
      name: 'the agenda does not serve both (2)',
      overrides: { obj_agenda_serves_both: 2 },
      triggers: ['obj_agenda_serves_both'],
    },
    {
      name: 'the programme leaves no room (1)',
      overrides: { obj_programme_fit: 1 },
      triggers: ['obj_programme_fit'],
    },
    { name: 'the agenda score is 3', overrides: { obj_agenda_serves_both: 3 } },
    { name: 'programme fit is "unsure"', overrides: { obj_programme_fit: 'unsure' } },
    {
      name: 'a low programme fit is hidden because there is no programme',
      overrides: { obj_support_programme: 'never', obj_programme_fit: 1 },
    },
  ]);

  actionPointTests('R1', 'R1_seek_and_recognise_learning', [
    {
      name: 'openness to learn is low',
      overrides: { cond_openness_to_learn: 2 },
      triggers: ['cond_openness_to_learn'],
    },
    {
      name: 'learning is not recognised',
      overrides: { learn_recognised: 1 },
      triggers: ['learn_recognised'],
    },
    { name: 'both are 3', overrides: { cond_openness_to_learn: 3, learn_recognised: 3 } },
  ]);
});
