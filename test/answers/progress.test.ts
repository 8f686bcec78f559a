import { describe, expect, it } from 'vitest';
import { sectionProgress, sectionStatus, sessionProgress } from '../../src/answers/progress';
import type { Answers } from '../../src/catalogue/answers';
import exampleA from '../fixtures/answers/example-a-lindestad.json' with { type: 'json' };

describe('sessionProgress', () => {
  it('counts 55 applicable questions and nothing answered for an empty session', () => {
    const p = sessionProgress({});
    expect(p).toMatchObject({ applicable: 55, answered: 0, complete: false });
    expect(p.sections.map((s) => s.status)).toEqual(Array(8).fill('not_started'));
  });

  it('counts a fully answered v1 example as complete, 60 of 62: the two new questions are optional (v2 §1)', () => {
    const p = sessionProgress(exampleA.answers as Answers);
    expect(p).toMatchObject({ applicable: 62, answered: 60, complete: true });
  });

  it('counts only applicable questions: a hidden answer is neither to do nor done', () => {
    const answers: Answers = { act_cso_role: 'none', act_municipal_support_cso: 4 };
    const actors = sectionProgress('actors', answers);
    expect(actors).toMatchObject({ applicable: 6, answered: 1 });
    const shown = sectionProgress('actors', { ...answers, act_cso_role: 'marginal' });
    expect(shown).toMatchObject({ applicable: 8, answered: 2 });
  });

  it('lists the required questions still missing, in catalogue order', () => {
    const p = sectionProgress('profile', { profile_side: 'source' });
    expect(p.requiredMissing).toEqual(['profile_own_municipality', 'profile_partner_municipality']);
    expect(p.status).toBe('in_progress');
  });

  it('counts "unsure", dont_know and "none of these" as answered', () => {
    const p = sectionProgress('learning', {
      learn_own_extent: 'unsure',
      learn_forms: [],
      learn_application_barriers: [],
    });
    expect(p).toMatchObject({ applicable: 5, answered: 3, status: 'complete' });
  });
});

describe('sectionStatus', () => {
  it.each([
    [10, 0, 0, 'not_started'],
    [10, 4, 0, 'in_progress'], // fewer than half answered
    [10, 5, 0, 'complete'],
    [10, 9, 1, 'in_progress'], // a required question is missing
    [5, 3, 0, 'complete'],
    [1, 1, 0, 'complete'],
  ] as const)(
    '%i applicable, %i answered, %i required missing → %s',
    (applicable, answered, missing, status) => {
      expect(sectionStatus(applicable, answered, missing)).toBe(status);
    },
  );
});
