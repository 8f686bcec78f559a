import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/catalogue/answers';
import {
  conditionTriggers,
  evaluateCondition,
  isApplicable,
  resolveApplicability,
} from '../../src/catalogue/conditions';
import type { Condition } from '../../src/catalogue/types';

const visible = (answers: Answers) => resolveApplicability(answers).visible;

// content-model §4.1–§4.2
describe('condition grammar', () => {
  it.each<[string, Condition, Answers, boolean]>([
    ['answered, present', { question: 'profile_side', answered: true }, { profile_side: 'source' }, true],
    ['answered, absent', { question: 'profile_side', answered: true }, {}, false],
    ['equals', { question: 'profile_side', equals: 'source' }, { profile_side: 'source' }, true],
    ['in, miss', { question: 'act_cso_role', in: ['central'] }, { act_cso_role: 'none' }, false],
    ['includes', { question: 'ex_methods', includes: 'on_the_job' }, { ex_methods: ['on_the_job'] }, true],
    [
      'excludes, [] counts',
      { question: 'learn_forms', excludes: 'dispositional' },
      { learn_forms: [] },
      true,
    ],
    ['excludes, absent is false', { question: 'learn_forms', excludes: 'dispositional' }, {}, false],
    ['lte', { question: 'ex_peer_contact', lte: 2 }, { ex_peer_contact: 2 }, true],
    ['lte, unsure is false', { question: 'ex_peer_contact', lte: 2 }, { ex_peer_contact: 'unsure' }, false],
    ['gte', { question: 'cond_donor_recipient', gte: 4 }, { cond_donor_recipient: 3 }, false],
    ['not of absent is true', { not: { question: 'profile_side', equals: 'source' } }, {}, true],
  ])('%s', (_name, cond, answers, expected) => {
    expect(evaluateCondition(cond, visible(answers))).toBe(expected);
  });

  it('names every true child of any, none under not, in catalogue order', () => {
    const cond: Condition = {
      any: [
        { question: 'ex_visits_both_ways', in: ['no_visits'] },
        { question: 'obj_learning_direction', in: ['mainly_partner'] },
        { not: { question: 'profile_side', equals: 'source' } },
      ],
    };
    const answers: Answers = { ex_visits_both_ways: 'no_visits', obj_learning_direction: 'mainly_partner' };
    expect(conditionTriggers(cond, visible(answers))).toEqual([
      'obj_learning_direction',
      'ex_visits_both_ways',
    ]);
  });

  it('gives no triggers for a false condition', () => {
    expect(
      conditionTriggers({ question: 'ex_peer_contact', lte: 2 }, visible({ ex_peer_contact: 5 })),
    ).toEqual([]);
  });
});

describe('isApplicable', () => {
  it('hides the programme fit question unless a programme is current or ended', () => {
    expect(isApplicable('obj_programme_fit', {})).toBe(false);
    expect(isApplicable('obj_programme_fit', { obj_support_programme: 'never' })).toBe(false);
    expect(isApplicable('obj_programme_fit', { obj_support_programme: 'ended' })).toBe(true);
  });

  it('shows the civil-society questions only when non-governmental actors play a role', () => {
    for (const id of ['act_municipal_support_cso', 'act_cso_initiatives_stalled', 'out_cso_strengthened']) {
      expect(isApplicable(id, { act_cso_role: 'none' })).toBe(false);
      expect(isApplicable(id, { act_cso_role: 'marginal' })).toBe(true);
    }
  });

  it('treats an always-shown question as applicable and an unknown id as not', () => {
    expect(isApplicable('profile_side', {})).toBe(true);
    expect(isApplicable('__proto__', {})).toBe(false);
  });

  it('has 55 applicable questions for no answers (content-model §5.5, v2 §0)', () => {
    expect(resolveApplicability({}).applicable).toHaveLength(55);
  });

  it('drops answers to hidden questions from what conditions see', () => {
    const v = visible({ obj_support_programme: 'never', obj_programme_fit: 1 });
    expect(v.has('obj_programme_fit')).toBe(false);
    expect(v.get('obj_support_programme')).toBe('never');
  });
});
