import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/catalogue/catalogue';
import { aggregateGroup } from '../../src/group/aggregate';
import { groupResultSchema, type GroupResult } from '../../src/group/schema';
import { member, participant, SIMILARITY_100, SIMILARITY_30 } from './helpers';

const dim = (g: GroupResult, id: string) => g.dimensions.find((d) => d.id === id);
const rec = (g: GroupResult, id: string) => g.recommendations.find((r) => r.id === id);

describe('aggregateGroup: dimensions and sides (content-model §8.2–§8.3)', () => {
  it('passes the small check of v2 §5: 30 (destination) and 100 (source) differ, nobody disagrees', () => {
    const g = aggregateGroup([
      member('a', 'destination', SIMILARITY_30),
      member('b', 'source', SIMILARITY_100),
    ]);
    expect(dim(g, 'similarity')).toMatchObject({
      n: 2,
      score: 65,
      min: 30,
      max: 100,
      spread: 70,
      sd: 35,
      disagree: false,
      bySide: {
        destination: { files: 1, n: 1, score: 30, disagree: false },
        source: { files: 1, n: 1, score: 100, disagree: false },
      },
      gap: -70,
      gapFlag: true,
    });
    expect(groupResultSchema.safeParse(g).success).toBe(true);
  });

  it('rounds a mean of .5 up (trust 88 and 79 → 83.5 → 84)', () => {
    // trust: base (75×2 + 100 + 100) / 4 = 87.5 → 88; with an annual plan (150 + 67 + 100) / 4 → 79.
    const g = aggregateGroup([
      member('a', 'destination'),
      member('b', 'source', { ex_continuity: 'annual_plan' }),
    ]);
    expect(dim(g, 'trust')).toMatchObject({ score: 84, min: 79, max: 88, spread: 9, gap: 9, gapFlag: false });
  });

  it.each([
    // similarity: base 80; cond 3, peer 3, no peer method → 40; cond 4, peer 3, one peer method → 60.
    [{ cond_professional_similarity: 3, ex_peer_contact: 3, ex_methods: ['meetings_workshops'] }, 40, true],
    [{ cond_professional_similarity: 4, ex_peer_contact: 3, ex_methods: ['peer_to_peer'] }, 20, false],
  ])('flags a gap between the sides from 25, never as disagreement (%o)', (overrides, spread, gapFlag) => {
    const g = aggregateGroup([member('a', 'destination'), member('b', 'source', overrides)]);
    expect(dim(g, 'similarity')).toMatchObject({ spread, disagree: false, gap: spread, gapFlag });
  });

  it.each([
    ['destination', 'destination', 'destination', true],
    ['source', 'source', 'source', true],
    [undefined, undefined, 'none', true],
    ['destination', 'source', null, false],
  ] as const)(
    'flags disagreement only within one side: %s and %s, 40 apart',
    (sideA, sideB, disagreeing, disagree) => {
      // similarity 80 (base) and 40: 40 points apart.
      const forty = {
        cond_professional_similarity: 3,
        ex_peer_contact: 3,
        ex_methods: ['meetings_workshops'],
      };
      const g = aggregateGroup([member('a', sideA), member('b', sideB, forty)]);
      const d = dim(g, 'similarity');
      expect(d?.disagree).toBe(disagree);
      for (const side of ['destination', 'source', 'none'] as const)
        expect(d?.bySide[side].disagree).toBe(side === disagreeing);
    },
  );

  it('does not flag 39 points apart within a side', () => {
    // trust 88 (base) and 49 would need a fixture; similarity 80 vs 60 is 20 apart.
    const twenty = { cond_professional_similarity: 4, ex_peer_contact: 3, ex_methods: ['peer_to_peer'] };
    const g = aggregateGroup([member('a', 'source'), member('b', 'source', twenty)]);
    expect(dim(g, 'similarity')).toMatchObject({ spread: 20, disagree: false });
  });

  it('gives null when fewer than half of the files have a score (2n < N)', () => {
    const none = { cond_professional_similarity: 'unsure', ex_peer_contact: 'unsure' } as const;
    const three = [member('a', 'destination'), member('b', 'destination', none), member('c', 'source', none)];
    expect(dim(aggregateGroup(three), 'similarity')).toMatchObject({ n: 1, score: null, min: 80, max: 80 });
    const four = [...three, member('d', 'source')];
    expect(dim(aggregateGroup(four), 'similarity')).toMatchObject({ n: 2, score: 80 });
    // Within a side: destination 1 of 2 scored → 80 (2·1 ≥ 2); source 1 of 2 → 80.
    expect(dim(aggregateGroup(four), 'similarity')?.bySide).toEqual({
      destination: { files: 2, n: 1, score: 80, disagree: false },
      source: { files: 2, n: 1, score: 80, disagree: false },
      none: { files: 0, n: 0, score: null, disagree: false },
    });
  });

  it('has no gap when one side has no participants, and votes no model for that side', () => {
    const g = aggregateGroup([member('a', 'destination'), member('b', 'destination', SIMILARITY_30)]);
    expect(g.sides).toEqual({ destination: 2, source: 0, none: 0 });
    for (const d of g.dimensions) {
      expect(d.bySide.source).toEqual({ files: 0, n: 0, score: null, disagree: false });
      expect(d.gap).toBeNull();
      expect(d.gapFlag).toBe(false);
    }
    expect(g.networkModel.bySide.source).toEqual({ id: null, distribution: [] });
  });

  it('counts a file without a side in the totals but on neither side', () => {
    const g = aggregateGroup([member('a', undefined), member('b', 'source')]);
    expect(g.sides).toEqual({ destination: 0, source: 1, none: 1 });
    expect(dim(g, 'trust')).toMatchObject({
      n: 2,
      bySide: { destination: { files: 0 }, source: { files: 1 } },
    });
  });

  it('takes coverage as the mean of the exact ratios, not of the rounded ones', () => {
    // similarity: all three applicable. 1 of 3 scored and 3 of 3 → (1/3 + 1) / 2 = 0.666… → 0.67.
    const one = { cond_professional_similarity: 'unsure', ex_peer_contact: 'unsure' } as const;
    const g = aggregateGroup([member('a', 'destination', one), member('b', 'source')]);
    expect(dim(g, 'similarity')?.coverage).toBe(0.67);
  });
});

describe('aggregateGroup: one participant, all unsure', () => {
  it('gives the individual scores for a group of one, with no spread and no side split of questions', () => {
    const p = member('a', 'source', SIMILARITY_30);
    const g = aggregateGroup([p]);
    expect(g.dimensions.map((d) => d.score)).toEqual(p.assessment.dimensions.map((d) => d.score));
    expect(dim(g, 'similarity')).toMatchObject({ n: 1, spread: 0, sd: 0, disagree: false, gap: null });
    expect(
      g.questions.every((q) => q.bySide.destination === undefined && q.bySide.source === undefined),
    ).toBe(true);
    expect(g.networkModel.id).toBe(p.assessment.networkModel.id);
    expect(g.members).toEqual([
      expect.objectContaining({ id: 'a', side: 'source', networkModel: p.assessment.networkModel.id }),
    ]);
  });

  it('handles a group where everyone answered "unsure" or dont_know', () => {
    const unsure = Object.fromEntries(
      QUESTIONS.filter((q) => q.type === 'likert5' || q.type === 'yes_no_unsure').map((q) => [
        q.id,
        'unsure',
      ]),
    );
    const answers = {
      ...unsure,
      profile_side: 'destination',
      act_cso_role: 'dont_know',
      act_higher_levels: 'dont_know',
      tl_diaspora_link: 'dont_know',
    };
    const g = aggregateGroup([participant('a', answers), participant('b', answers)]);
    expect(groupResultSchema.safeParse(g).success).toBe(true);
    for (const d of g.dimensions)
      expect(d).toMatchObject({ score: null, n: 0, min: null, spread: null, disagree: false });
    expect(g.networkModel).toMatchObject({ id: null, distribution: [{ id: null, count: 2 }] });
    const q = g.questions.find((x) => x.id === 'cond_trust_continuity')?.distribution;
    expect(q).toMatchObject({ kind: 'likert', answered: 2, mean: null, min: null, disagree: false });
    expect(g.discussion).toEqual([]);
    for (const r of g.recommendations) if (r.priority !== 'not_applicable') expect(r.actions).toEqual([]);
  });
});

describe('aggregateGroup: network model (§8.4)', () => {
  it('takes the model with the strictly largest count, and none on a tie', () => {
    const hybrid = member('a', 'destination');
    const classic = { act_cso_role: 'none', act_higher_levels: 'none' } as const;
    const tie = aggregateGroup([hybrid, member('b', 'source', classic)]);
    expect(tie.networkModel.id).toBeNull();
    const g = aggregateGroup([hybrid, member('b', 'source', classic), member('c', 'source', classic)]);
    expect(g.networkModel).toMatchObject({
      id: 'classic',
      distribution: [
        { id: 'classic', count: 2 },
        { id: 'hybrid', count: 1 },
      ],
      bySide: { destination: { id: 'hybrid' }, source: { id: 'classic' } },
    });
  });
});

describe('aggregateGroup: recommendations by majority (§8.5)', () => {
  const noGoals = { obj_learning_goals: 'none' } as const; // triggers R1_define_learning_goals

  it('includes an action triggered for at least half of the files, with its share', () => {
    const g = aggregateGroup([member('a', 'destination', noGoals), member('b', 'source')]);
    expect(rec(g, 'R1')?.actions).toEqual([
      {
        id: 'R1_define_learning_goals',
        triggers: ['obj_learning_goals'],
        hits: 1,
        share: 0.5,
        shareBySide: { destination: 1, source: 0 },
        included: true,
      },
    ]);
    expect(rec(g, 'R1')?.triggers).toEqual(['obj_learning_goals']);
    const three = aggregateGroup([
      member('a', 'destination', noGoals),
      member('b', 'source'),
      member('c', 'source'),
    ]);
    expect(rec(three, 'R1')).toMatchObject({ priority: 'low', actions: [], triggers: [] });
  });

  it('is not applicable when it applies to fewer than half of the files', () => {
    const noLinks = { tl_diaspora_link: 'none', tl_migrants_involved: 'none' } as const;
    const g = aggregateGroup([
      member('a', 'destination', noLinks),
      member('b', 'source', noLinks),
      member('c', 'source'),
    ]);
    expect(rec(g, 'R7')).toMatchObject({
      priority: 'not_applicable',
      evidence: null,
      actions: [],
      applicableFiles: 1,
    });
    expect(g.recommendations.at(-1)?.id).toBe('R7');
    const half = aggregateGroup([member('a', 'destination', noLinks), member('b', 'source')]);
    expect(rec(half, 'R7')?.priority).not.toBe('not_applicable');
  });

  it('judges the priority on the group scores and orders by content-model-v2 §2.4', () => {
    const g = aggregateGroup([member('a', 'destination', noGoals), member('b', 'source', noGoals)]);
    expect(rec(g, 'R1')?.priority).toBe('medium');
    expect(g.recommendations[0]?.id).toBe('R1');
    // The six low ones, with no action point each: the lower lowest group linked score first.
    const lowest = g.recommendations
      .slice(1)
      .map((r) => Math.min(...r.linkedScores.flatMap((l) => (l.score === null ? [] : [l.score]))));
    expect(lowest).toEqual([...lowest].sort((x, y) => x - y));
  });

  it('raises the group priority on a low linked score only when it rests on two items in half the files', () => {
    // ownership: obj_own_agenda 1 (0 ×2) with networks "unsure" rests on one item → 0, not low.
    const oneItem = { obj_own_agenda: 1, act_city_networks: 'unsure' } as const;
    const one = aggregateGroup([member('a', 'destination', oneItem), member('b', 'source', oneItem)]);
    expect(rec(one, 'R6')).toMatchObject({
      priority: 'medium',
      linkedScores: [{ id: 'ownership', score: 0, low: false }, { id: 'public_support' }],
    });
    // One file on two items (networks no → 0), one on one item: half the files → low → high.
    const mixed = aggregateGroup([
      member('a', 'destination', { obj_own_agenda: 1, act_city_networks: 'no' }),
      member('b', 'source', oneItem),
    ]);
    expect(rec(mixed, 'R6')).toMatchObject({
      priority: 'high',
      linkedScores: [{ id: 'ownership', score: 0, low: true }, { id: 'public_support' }],
    });
  });

  it('says catalogue "2" on the group result (content-model-v2 §1)', () => {
    expect(aggregateGroup([member('a', 'destination')]).catalogueVersion).toBe('2');
  });
});

describe('aggregateGroup: questions (§8.1) and pairs', () => {
  it('counts likert answers, and flags disagreement only within a side (v2 §5)', () => {
    const g = aggregateGroup([
      member('a', 'destination', { cond_trust_continuity: 1 }),
      member('b', 'destination', { cond_trust_continuity: 2 }),
      member('c', 'source', { cond_trust_continuity: 'unsure' }),
      member('d', 'source', { cond_trust_continuity: 4 }),
    ]);
    const q = g.questions.find((x) => x.id === 'cond_trust_continuity');
    expect(q?.distribution).toEqual({
      kind: 'likert',
      answered: 4,
      unanswered: 0,
      notApplicable: 0,
      counts: [
        { value: 1, count: 1 },
        { value: 2, count: 1 },
        { value: 3, count: 0 },
        { value: 4, count: 1 },
        { value: 5, count: 0 },
        { value: 'unsure', count: 1 },
      ],
      mean: 2.3,
      min: 1,
      max: 4,
      sd: 1.2,
      // 1 and 4 are three steps apart, but on different sides: a difference, not disagreement.
      disagree: false,
    });
    expect(q?.bySide.destination).toMatchObject({ mean: 1.5, disagree: false });
    expect(q?.bySide.source).toMatchObject({ mean: 4, disagree: false });
    expect(g.discussion[0]).toBe('cond_trust_continuity');
    const within = aggregateGroup([
      member('a', 'source', { cond_trust_continuity: 1 }),
      member('b', 'source', { cond_trust_continuity: 4 }),
      member('c', 'destination', { cond_trust_continuity: 5 }),
    ]).questions.find((x) => x.id === 'cond_trust_continuity');
    expect(within?.distribution).toMatchObject({ disagree: true });
    expect(within?.bySide.source).toMatchObject({ disagree: true });
  });

  it('counts not applicable, multi options, "none of these", numbers and texts', () => {
    const g = aggregateGroup([
      participant(
        'a',
        { profile_partnership_years: 2, learn_application_barriers: [], obj_support_programme: 'never' },
        'Zoë',
      ),
      participant('b', {
        profile_partnership_years: 5,
        learn_application_barriers: ['no_budget'],
        out_lessons_text: 'Meer tijd',
      }),
      participant(
        'c',
        { profile_partnership_years: 10, obj_support_programme: 'current', out_lessons_text: 'Al goed' },
        'Ali',
      ),
    ]);
    const d = (id: string) => g.questions.find((x) => x.id === id)?.distribution;
    expect(d('obj_programme_fit')).toMatchObject({ answered: 0, unanswered: 1, notApplicable: 2 });
    expect(d('learn_application_barriers')).toMatchObject({ kind: 'multi', answered: 2, noneOfThese: 1 });
    expect(d('profile_partnership_years')).toMatchObject({
      kind: 'number',
      n: 3,
      min: 2,
      median: 5,
      max: 10,
    });
    expect(d('out_lessons_text')).toMatchObject({
      texts: [
        { label: 'Ali', text: 'Al goed' },
        { label: null, text: 'Meer tijd' },
      ],
    });
    expect(g.pairs).toEqual([
      { key: 'not_stated', own: null, partner: null, files: 3, included: true, chosen: true },
    ]);
    expect(g.participants).toBe(3);
  });

  it('counts an option once per file, and per side as over all files (one pass, issue 14)', () => {
    const files = [
      // A list that repeats an option (the reader refuses it; aggregateGroup is public) counts once.
      member('a', 'destination', { learn_application_barriers: ['no_budget', 'no_budget'] }),
      member('b', 'destination', { learn_application_barriers: ['no_budget', 'no_backing'] }),
      member('c', 'source', { learn_application_barriers: [] }),
      member('d', 'source', { learn_application_barriers: ['no_backing'] }),
    ];
    const q = aggregateGroup(files).questions.find((x) => x.id === 'learn_application_barriers');
    const count = (d: unknown, value: string) =>
      (d as { counts: { value: string; count: number }[] }).counts.find((c) => c.value === value)?.count;
    expect(count(q?.distribution, 'no_budget')).toBe(2);
    expect(count(q?.distribution, 'no_backing')).toBe(2);
    expect(count(q?.bySide.destination, 'no_budget')).toBe(2);
    expect(count(q?.bySide.source, 'no_backing')).toBe(1);
    expect(q?.bySide.source).toMatchObject({ answered: 2, noneOfThese: 1 });
  });

  it('takes one partnership in either order and leaves another one out (v2 §5)', () => {
    const other = { profile_own_municipality: 'Amsterdam', profile_partner_municipality: 'Nador' };
    const g = aggregateGroup([
      member('a', 'destination'),
      member('b', 'source', {
        profile_own_municipality: 'Partnerstad',
        profile_partner_municipality: 'Basestad',
      }),
      member('x', 'destination', other),
      member('c', 'destination'),
    ]);
    expect(
      g.pairs.map(({ own, partner, files, included, chosen }) => ({ own, partner, files, included, chosen })),
    ).toEqual([
      { own: 'Basestad', partner: 'Partnerstad', files: 3, included: true, chosen: true },
      { own: 'Amsterdam', partner: 'Nador', files: 1, included: false, chosen: false },
    ]);
    expect(g.participants).toBe(3);
    expect(g.members.map((m) => m.id)).not.toContain('x');
    const all = aggregateGroup([member('a', 'destination'), member('x', 'destination', other)], {
      includePairs: 'all',
    });
    expect(all.participants).toBe(2);
    expect(all.pairs.every((p) => p.included)).toBe(true);
  });
});

describe('aggregateGroup: action points per side, aims and roles (v2 §5, issue 14)', () => {
  const noGoals = { obj_learning_goals: 'none' } as const;

  it('lists a point half of one side asks for, apart and without counting it for the priority', () => {
    const g = aggregateGroup([
      member('a', 'destination', noGoals),
      member('b', 'destination', noGoals),
      member('c', 'source'),
      member('d', 'source'),
      member('e', 'source'),
    ]);
    const r1 = rec(g, 'R1');
    expect(r1?.actions).toEqual([
      expect.objectContaining({
        id: 'R1_define_learning_goals',
        hits: 2,
        share: 0.4,
        shareBySide: { destination: 1, source: 0 },
        included: false,
      }),
    ]);
    expect(r1).toMatchObject({ priority: 'low', triggers: [] });
  });

  it('does not list a point one file of a side asks for (M_s < 2), and gives null for an empty side', () => {
    const g = aggregateGroup([
      member('a', 'destination', noGoals),
      member('c', 'destination'),
      member('d', 'destination'),
    ]);
    expect(rec(g, 'R1')?.actions).toEqual([]);
    const two = aggregateGroup([member('a', 'destination', noGoals), member('b', 'destination', noGoals)]);
    expect(rec(two, 'R1')?.actions[0]?.shareBySide).toEqual({ destination: 1, source: null });
  });

  it('rounds a share per side half up to two decimals', () => {
    // 1 of 3 on the source side → 0.33; 2 of 3 → 0.67.
    const g = aggregateGroup([
      member('a', 'source', noGoals),
      member('b', 'source', noGoals),
      member('c', 'source'),
    ]);
    expect(rec(g, 'R1')?.actions[0]?.shareBySide).toEqual({ destination: null, source: 0.67 });
  });

  it("puts each side's own aims next to what the other side thinks they are", () => {
    // a leaves the partner's aims unanswered, so nobody says what the source side aims at.
    const { obj_partner_objectives: _unanswered, ...aAnswers } = member('a', 'destination', {
      obj_main_objectives: ['economic_development'],
    }).answers;
    const g = aggregateGroup([
      participant('a', aAnswers),
      participant('b', {
        ...member('b', 'source').answers,
        obj_main_objectives: ['local_governance'],
        obj_partner_objectives: ['economic_development', 'mutual_understanding'],
      }),
    ]);
    const count = (list: readonly { value: string; count: number }[], v: string) =>
      list.find((x) => x.value === v)?.count;
    expect(g.aims.destination.ownFiles).toBe(1);
    expect(count(g.aims.destination.own, 'economic_development')).toBe(1);
    expect(g.aims.destination.partnerFiles).toBe(1);
    expect(count(g.aims.destination.seenByPartner, 'mutual_understanding')).toBe(1);
    expect(g.aims.source.partnerFiles).toBe(0);
    expect(count(g.aims.source.own, 'local_governance')).toBe(1);
  });

  it('breaks the dimensions down by role, and shows the role of each participant', () => {
    const g = aggregateGroup([
      member('a', 'destination', { profile_role: 'elected_official', ...SIMILARITY_30 }),
      member('b', 'source', { profile_role: 'elected_official', ...SIMILARITY_100 }),
      member('c', 'source', { profile_role: 'civil_society' }),
    ]);
    expect(
      g.roles.map((r) => [r.role, r.files, r.dimensions.find((d) => d.id === 'similarity')?.score]),
    ).toEqual([
      ['elected_official', 2, 65],
      ['civil_society', 1, 80],
    ]);
    expect(g.members.map((m) => m.role)).toContain('civil_society');
  });
});
