// content-model §5.3: each dimension's items and weights, checked with hand-computed means.
import { describe, expect, it } from 'vitest';
import type { DimensionId } from '../../src/catalogue/ids';
import { DIMENSION_IDS } from '../../src/catalogue/ids';
import { assess } from '../../src/assessment/assess';
import type { AnswerOverrides } from '../fixtures/answers';
import { assessWith, dimension, indicator } from './helpers';

const CASES: [DimensionId, AnswerOverrides, number][] = [
  // (100·2 + 0·2 + 50) / 5 = 50
  ['similarity', { cond_professional_similarity: 5, ex_peer_contact: 1, ex_methods: ['peer_to_peer'] }, 50],
  // (100·2 + 50·2 + 0 (reverse 5) + 25) / 6 = 54.17 → 54
  [
    'difference',
    {
      cond_difference_inspiring: 5,
      cond_openness_to_learn: 3,
      cond_difference_barrier: 5,
      cond_context_knowledge: 2,
    },
    54,
  ],
  // (0·2 + 100 + 50 + 75) / 5 = 45
  [
    'resources',
    { cond_resources_both: 1, cond_knowledge_valued: 5, cond_capacity: 3, obj_programme_fit: 4 },
    45,
  ],
  // (50·2 + 67 + 40) / 4 = 51.75 → 52
  ['trust', { cond_trust_continuity: 3, ex_continuity: 'annual_plan', profile_partnership_years: 4.5 }, 52],
  // (25·2 + 0·2 (reverse 5) + 100 + 0) / 6 = 25
  [
    'equality',
    {
      cond_power_equality: 2,
      cond_donor_recipient: 5,
      obj_agenda_serves_both: 5,
      obj_learning_direction: 'not_discussed',
    },
    25,
  ],
  // content-model-v2 §2.1, the link is not scored: (100 + 100 + 25 + 0·2) / 5 = 45
  [
    'translocal',
    {
      tl_diaspora_link: 'regional',
      tl_migrants_involved: 'many',
      tl_migrant_roles: ['initiator', 'interpreter', 'intermediary', 'expert'],
      tl_networks_used: 2,
      tl_translocal_themes: [],
    },
    45,
  ],
];

describe('dimensions (§5.3)', () => {
  it.each(CASES)('%s is the weighted mean of its items', (id, overrides, expected) => {
    expect(dimension(assessWith(overrides), id)).toMatchObject({ score: expected, coverage: 1 });
  });

  it('resources leaves obj_programme_fit out without a current or past programme', () => {
    const a = assessWith({
      obj_support_programme: 'never',
      obj_programme_fit: 4,
      cond_resources_both: 1,
      cond_knowledge_valued: 5,
      cond_capacity: 3,
    });
    expect(dimension(a, 'resources').score).toBe(38); // (0·2 + 100 + 50) / 4 = 37.5 → 38
  });

  it('resources keeps obj_programme_fit after the programme has ended', () => {
    const a = assessWith({ obj_support_programme: 'ended', obj_programme_fit: 1 });
    expect(dimension(a, 'resources').contributions.map((c) => c.question)).toContain('obj_programme_fit');
  });

  it('translocal does not apply (no score, coverage as usual) with no link and no migrants taking part', () => {
    const a = assessWith({ tl_diaspora_link: 'none', tl_migrants_involved: 'none' });
    expect(dimension(a, 'translocal')).toMatchObject({ score: null, coverage: 1, notApplicable: true });
    expect(dimension(a, 'translocal').contributions.map((c) => c.question)).toEqual(['tl_migrants_involved']);
    expect(indicator(a, 'translocal_use').score).toBeNull();
    expect(a.dimensions.filter((d) => d.notApplicable).map((d) => d.id)).toEqual(['translocal']);
  });

  it('translocal applies whenever R7 does: dont_know on the link keeps it', () => {
    const a = assessWith({ tl_diaspora_link: 'dont_know', tl_migrants_involved: 'none' });
    expect(dimension(a, 'translocal').notApplicable).toBe(false);
    expect(dimension(a, 'translocal').score).not.toBeNull();
  });

  it('translocal still counts roles and networks when migrants take part without a link', () => {
    // several 67, roles [intermediary, expert] 67, networks 4 → 75; themes hidden: 209 / 3 = 69.67
    const a = assessWith({ tl_diaspora_link: 'none' });
    expect(dimension(a, 'translocal')).toMatchObject({ score: 70, coverage: 1, notApplicable: false });
  });

  it('never scores the migration link itself, whatever it is', () => {
    const direct = dimension(assessWith({ tl_diaspora_link: 'direct' }), 'translocal');
    const national = dimension(assessWith({ tl_diaspora_link: 'national' }), 'translocal');
    expect(direct.score).toBe(national.score);
    expect(direct.contributions.map((c) => c.question)).not.toContain('tl_diaspora_link');
  });

  it('lists all six in the order of §5.3, even for no answers', () => {
    expect(assess({}).dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
  });
});
