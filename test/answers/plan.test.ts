// The action plan in the answers file (issue 15, item 2): an additive, validated `plan` field;
// files without it (every file before the plan existed) read as an empty plan.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/answers/parse';
import {
  isPlanDate,
  PLAN_MAX_ITEMS,
  planOf,
  removePlanItem,
  upsertPlanItem,
  type Plan,
} from '../../src/answers/plan';
import { serialiseAnswersFile } from '../../src/answers/serialise';
import { examplePath } from '../assessment/examples';

const raw = JSON.parse(readFileSync(examplePath('A'), 'utf8')) as Record<string, unknown>;
const withPlan = (plan: unknown) => JSON.stringify({ ...raw, plan });

const ITEM = { actionId: 'R2_disseminate_internally', status: 'planned' } as const;

describe('plan in the answers file', () => {
  it('reads a file without a plan as an empty plan', () => {
    const r = parseAnswersFile(readFileSync(examplePath('A')));
    expect(r.ok && planOf(r.file)).toEqual([]);
  });

  it('writes no plan field when the plan is empty, so such files stay as before', () => {
    const text = serialiseAnswersFile({
      answers: { cond_capacity: 3 },
      language: 'en',
      savedAt: new Date('2026-11-27T10:00:00Z'),
      plan: [],
    });
    expect(JSON.parse(text)).not.toHaveProperty('plan');
  });

  it('reads back what was saved, owners normalised and empty owners dropped', () => {
    const plan: Plan = [
      { actionId: 'R3_connect_peers', owner: '  Ayşe Demir ', due: '2027-03-01', status: 'in_progress' },
      { actionId: 'R7_inform_public', owner: '   ', status: 'done' },
    ];
    const text = serialiseAnswersFile({
      answers: { cond_capacity: 3 },
      language: 'nl',
      savedAt: new Date('2026-11-27T10:00:00Z'),
      plan,
    });
    const r = parseAnswersFile(text);
    expect(r.ok && r.file.plan).toEqual([
      { actionId: 'R3_connect_peers', owner: 'Ayşe Demir', due: '2027-03-01', status: 'in_progress' },
      { actionId: 'R7_inform_public', status: 'done' },
    ]);
  });

  it.each([
    ['not a list', { actionId: 'R1_x' }],
    ['an unknown status', [{ ...ITEM, status: 'later' }]],
    ['a date that does not exist', [{ ...ITEM, due: '2027-02-30' }]],
    ['a date with a time', [{ ...ITEM, due: '2027-02-03T10:00:00Z' }]],
    ['an id that is not an action point', [{ ...ITEM, actionId: '__proto__x' }]],
    ['the same action point twice', [ITEM, ITEM]],
    ['an unknown field', [{ ...ITEM, colour: 'red' }]],
    ['an owner over 200 characters', [{ ...ITEM, owner: 'x'.repeat(201) }]],
    ['a null owner', [{ ...ITEM, owner: null }]],
    [
      `more than ${PLAN_MAX_ITEMS} items`,
      Array.from({ length: PLAN_MAX_ITEMS + 1 }, (_, i) => ({ ...ITEM, actionId: `R1_item_${i}` })),
    ],
  ])('refuses the whole file for a plan with %s, as one problem', (_name, plan) => {
    expect(parseAnswersFile(withPlan(plan))).toEqual({ ok: false, problems: [{ code: 'invalid_plan' }] });
  });
});

describe('plan editing', () => {
  it.each([
    ['2027-03-01', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['20270-03-01', false],
    ['', false],
  ])('accepts %j as a plan date: %s', (value, ok) => {
    expect(isPlanDate(value)).toBe(ok);
  });

  it('adds an item, replaces it in place for the same action point, and removes it', () => {
    const a = upsertPlanItem([], ITEM);
    const b = upsertPlanItem(a, { actionId: 'R3_connect_peers', status: 'planned' });
    const c = upsertPlanItem(b, { ...ITEM, status: 'done', owner: 'Jan' });
    expect(c).toEqual([
      { ...ITEM, status: 'done', owner: 'Jan' },
      { actionId: 'R3_connect_peers', status: 'planned' },
    ]);
    expect(removePlanItem(c, 'R2_disseminate_internally')).toEqual([
      { actionId: 'R3_connect_peers', status: 'planned' },
    ]);
    expect(a).toEqual([ITEM]); // inputs are not changed
  });
});
