import { describe, expect, it } from 'vitest';
import { QUESTIONS, SECTIONS, getQuestion, inCatalogueOrder } from '../../src/catalogue/catalogue';
import { catalogueProblems, conditionProblems } from '../../src/catalogue/schema';

// content-model §2.1 and §11 (catalogue invariants), as changed by content-model-v2 §0–§1.
describe('catalogue version 2', () => {
  it('has no structural problems (unique ids, prefixes, options, feeds, earlier-only conditions)', () => {
    expect(catalogueProblems(SECTIONS)).toEqual([]);
  });

  it('has 62 questions in the sizes of content-model §2.1 and v2 §0', () => {
    expect(QUESTIONS).toHaveLength(62);
    expect(Object.fromEntries(SECTIONS.map((s) => [s.id, s.questions.length]))).toEqual({
      profile: 5,
      objectives: 12,
      actors: 8,
      translocal: 6,
      exchange: 6,
      learning: 5,
      conditions: 11,
      outcomes: 9,
    });
  });

  it("adds the partner's aims and the projects directly after obj_objectives_text (v2 §1)", () => {
    const ids = QUESTIONS.map((q) => q.id);
    const at = ids.indexOf('obj_objectives_text');
    expect(ids.slice(at, at + 3)).toEqual([
      'obj_objectives_text',
      'obj_partner_objectives',
      'obj_projects_text',
    ]);
    const partner = getQuestion('obj_partner_objectives');
    const own = getQuestion('obj_main_objectives');
    expect(partner).toMatchObject({ type: 'multi', sideWording: true, feeds: ['R4'] });
    expect(partner.type === 'multi' && own.type === 'multi' && partner.options).toEqual(
      own.type === 'multi' ? own.options : [],
    );
    expect(partner.required).toBeUndefined();
    expect(getQuestion('obj_projects_text')).toMatchObject({ type: 'long_text', maxLength: 5000 });
  });

  it('no longer feeds the translocal dimension from the migration link (v2 §0)', () => {
    expect(getQuestion('tl_diaspora_link').feeds).toEqual(['gate', 'R7']);
  });

  it('marks 9 questions required and 7 conditional (content-model §1.6)', () => {
    expect(QUESTIONS.filter((q) => q.required).map((q) => q.id)).toEqual([
      'profile_own_municipality',
      'profile_partner_municipality',
      'profile_side',
      'obj_main_objectives',
      'act_actor_types_own',
      'act_cso_role',
      'act_higher_levels',
      'tl_diaspora_link',
      'ex_methods',
    ]);
    expect(QUESTIONS.filter((q) => q.showIf !== undefined)).toHaveLength(7);
  });

  it.each([
    ['profile_own_municipality', 'short_text'],
    ['profile_partner_municipality', 'short_text'],
    ['profile_side', 'single'],
    ['act_actor_types_own', 'multi'],
    ['cond_trust_continuity', 'likert5'],
    ['cond_power_equality', 'likert5'],
    ['tl_public_informed', 'likert5'],
  ] as const)('has the contract example id %s as a %s question', (id, type) => {
    expect(getQuestion(id).type).toBe(type);
  });

  it('only lets "none ok" multi questions answer []', () => {
    const noneOk = QUESTIONS.filter((q) => q.type === 'multi' && q.noneOk).map((q) => q.id);
    expect(noneOk).toEqual(['tl_translocal_themes', 'learn_forms', 'learn_application_barriers']);
  });

  it('scores three items in reverse (content-model §11)', () => {
    const reverse = QUESTIONS.filter(
      (q) => (q.type === 'likert5' || q.type === 'yes_no_unsure') && q.reverse,
    );
    expect(reverse.map((q) => q.id).sort()).toEqual(
      ['act_cso_initiatives_stalled', 'cond_difference_barrier', 'cond_donor_recipient'].sort(),
    );
  });

  it('rejects a condition that names a later question, an unknown question or an unknown option', () => {
    expect(conditionProblems({ question: 'ex_methods', includes: 'peer_to_peer' }, QUESTIONS, 0)).toEqual([
      'refers to ex_methods, which is not earlier in the catalogue',
    ]);
    expect(conditionProblems({ question: 'nope', answered: true }, QUESTIONS)).toEqual([
      'refers to unknown question nope',
    ]);
    expect(conditionProblems({ question: 'profile_side', equals: 'elsewhere' }, QUESTIONS)).toEqual([
      'profile_side has no value elsewhere',
    ]);
  });

  it('sorts ids into catalogue order without duplicates', () => {
    expect(inCatalogueOrder(['ex_methods', 'profile_side', 'ex_methods', 'unknown'])).toEqual([
      'profile_side',
      'ex_methods',
    ]);
  });
});
