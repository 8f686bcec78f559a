// The plan's CSV and calendar exports (issue 15, item 2), with the real locale texts.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/answers/plan';
import { partnershipKey } from '../../src/answers/partnership-pair';
import { fixedT } from '../../src/i18n/setup';
import { createTranslator, plainT } from '../../src/render/resolve-text';
import { planCsv, planEventUid, planIcs } from '../../src/report/plan-export';

const tr = (lang: 'nl' | 'en') => createTranslator(lang, (l) => plainT(fixedT(l, { strict: true })));
const PLAN: Plan = [
  { actionId: 'R3_connect_peers', owner: '=HYPERLINK("x")', due: '2027-03-01', status: 'in_progress' },
  { actionId: 'R7_inform_public', status: 'done' },
];
const KEY = partnershipKey('Lindestad', 'Tepekent');

describe('planCsv', () => {
  it('writes a header and one row per item, in the language, formula-safe', () => {
    const csv = planCsv(PLAN, tr('nl').text, 'nl');
    expect(csv.startsWith('\uFEFFActiepunt;Eigenaar;Datum;Status\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(`"'=HYPERLINK(""x"")";2027-03-01;Bezig`);
    expect(rows[2]).toMatch(/;;Klaar$/);
  });

  it('names each action point with its recommendation', () => {
    const csv = planCsv(PLAN, tr('en').text, 'en');
    expect(csv).toContain('recommendation 3:');
    expect(csv).toContain('In progress');
  });
});

describe('planIcs', () => {
  it('has one all-day event per dated item and a UID that is the same on every export', () => {
    const a = planIcs(PLAN, tr('en').text, KEY, new Date('2026-11-27T10:00:00Z'));
    const b = planIcs(PLAN, tr('en').text, KEY, new Date('2027-01-05T10:00:00Z'));
    expect(a.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const uid = (s: string) => /UID:(.*)\r\n/.exec(s)?.[1];
    expect(uid(a)).toBe(planEventUid('R3_connect_peers', KEY));
    expect(uid(a)).toBe(uid(b));
    expect(uid(a)).not.toBe(planEventUid('R3_connect_peers', partnershipKey('Amsterdam', 'Nador')));
    expect(a).toContain('DTSTART;VALUE=DATE:20270301');
  });
});
