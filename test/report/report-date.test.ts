import { afterEach, describe, expect, it } from 'vitest';
import { reportDate } from '../../src/report/report-date';

const originalTz = process.env.TZ;

describe('reportDate', () => {
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('is the local date: just after midnight in Amsterdam is already the next day', () => {
    process.env.TZ = 'Europe/Amsterdam';
    const justAfterMidnight = new Date('2026-11-26T23:30:00Z'); // 00:30 on the 27th in Amsterdam
    expect(reportDate(justAfterMidnight)).toBe('2026-11-27');
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-11-26');
  });

  it('pads month and day', () => {
    expect(reportDate(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
  });
});
