import { describe, expect, it } from 'vitest';
import { getQuestion } from '../../src/catalogue/catalogue';
import { valueSchema } from '../../src/answers/value-schema';

const check = (id: Parameters<typeof getQuestion>[0], value: unknown) =>
  valueSchema(getQuestion(id)).safeParse(value);
const code = (id: Parameters<typeof getQuestion>[0], value: unknown) =>
  check(id, value).error?.issues.map((i) => i.message);

// contract §1: value shapes by question type.
describe('valueSchema', () => {
  it.each([
    ['profile_side', 'source'],
    ['act_actor_types_own', ['schools', 'migrant_organisations']],
    ['learn_forms', []],
    ['cond_trust_continuity', 4],
    ['cond_power_equality', 'unsure'],
    ['act_city_networks', 'no'],
    ['profile_partnership_years', 12.5],
    ['profile_partner_municipality', 'Emirdağ'],
    ['profile_partner_municipality', 'الحسيمة'],
  ] as const)('accepts %s = %j', (id, value) => {
    expect(check(id, value).success).toBe(true);
  });

  it.each([
    ['profile_side', 'elsewhere', 'unknown_option'],
    ['act_actor_types_own', [], 'empty_list'],
    ['act_actor_types_own', ['schools', 'schools'], 'duplicate_option'],
    ['cond_trust_continuity', 6, 'not_a_scale_value'],
    ['cond_trust_continuity', 2.5, 'not_a_scale_value'],
    ['act_city_networks', 'maybe', 'not_yes_no_unsure'],
    ['profile_partnership_years', 101, 'out_of_bounds'],
    ['profile_partnership_years', '12', 'not_a_number'],
    ['profile_own_municipality', '   ', 'empty_text'],
    ['profile_own_municipality', 'x'.repeat(201), 'too_long'],
    ['obj_objectives_text', 'x'.repeat(5001), 'too_long'],
  ] as const)('refuses %s = %j with %s', (id, value, expected) => {
    expect(code(id, value)).toContain(expected);
  });

  it('trims text and normalises it to NFC', () => {
    expect(check('profile_partner_municipality', '  Emirdag\u0306 ').data).toBe('Emirdağ');
  });

  it('accepts exactly 5,000 characters of long text', () => {
    expect(check('out_lessons_text', 'é'.repeat(5000)).success).toBe(true);
  });
});
