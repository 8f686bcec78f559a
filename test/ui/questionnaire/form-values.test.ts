import { describe, expect, it } from 'vitest';
import { getQuestion } from '../../../src/catalogue/catalogue';
import {
  NONE_OF_THESE,
  missingRequired,
  parseDecimal,
  parseFormValue,
  sectionSchema,
  toFormValue,
} from '../../../src/ui/questionnaire/form-values';

describe('form values ↔ contract values', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    [' 2.25 ', 2.25],
    ['1e3', Number.NaN],
    ['12 years', Number.NaN],
    ['', Number.NaN],
  ])('parseDecimal(%j) → %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([
    ['profile_side', 'source', { ok: true, value: 'source' }],
    ['profile_side', '', { ok: true, value: undefined }],
    ['profile_side', null, { ok: true, value: undefined }],
    ['cond_capacity', '4', { ok: true, value: 4 }],
    ['cond_capacity', 'unsure', { ok: true, value: 'unsure' }],
    ['learn_forms', [NONE_OF_THESE], { ok: true, value: [] }],
    ['learn_forms', [], { ok: true, value: undefined }],
    ['ex_methods', ['peer_to_peer'], { ok: true, value: ['peer_to_peer'] }],
    ['profile_partnership_years', '7,5', { ok: false, code: 'not_whole_number' }],
    ['profile_partnership_years', ' 7 ', { ok: true, value: 7 }],
    ['profile_partnership_years', '101', { ok: false, code: 'out_of_bounds' }],
    ['profile_partnership_years', 'abc', { ok: false, code: 'not_a_number' }],
    ['profile_own_municipality', '  Emirdag\u0306 ', { ok: true, value: 'Emirdağ' }],
    ['profile_own_municipality', '   ', { ok: true, value: undefined }],
    ['profile_own_municipality', 'x'.repeat(201), { ok: false, code: 'too_long' }],
  ] as const)('%s: %j → %j', (id, raw, expected) => {
    expect(parseFormValue(getQuestion(id), raw)).toEqual(expected);
  });

  it('shows a stored [] as the "none of these" box, and numbers as text', () => {
    expect(toFormValue(getQuestion('learn_forms'), [], 'en')).toEqual([NONE_OF_THESE]);
    expect(toFormValue(getQuestion('ex_methods'), [], 'en')).toEqual([]);
    expect(toFormValue(getQuestion('profile_partnership_years'), 12, 'en')).toBe('12');
    expect(toFormValue(getQuestion('profile_partnership_years'), 12.5, 'nl')).toBe('12,5');
    expect(toFormValue(getQuestion('profile_partnership_years'), 12.5, 'en')).toBe('12.5');
    expect(toFormValue(getQuestion('profile_role'), undefined, 'en')).toBe('');
  });

  it('validates optional fields only when filled; required ones are checked apart', () => {
    const qs = (['profile_own_municipality', 'profile_partnership_years'] as const).map((id) =>
      getQuestion(id),
    );
    const schema = sectionSchema(qs);
    expect(schema.safeParse({ profile_own_municipality: '', profile_partnership_years: '' }).success).toBe(
      true,
    );
    const bad = schema.safeParse({ profile_own_municipality: 'A', profile_partnership_years: '-1' });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['profile_partnership_years', 'out_of_bounds'],
    ]);
    expect(
      missingRequired(qs, { profile_own_municipality: ' ', profile_partnership_years: '' }).map((q) => q.id),
    ).toEqual(['profile_own_municipality']);
  });
});
