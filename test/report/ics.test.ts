// RFC 5545 rules of the plan's calendar file, checked on the text itself.
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, toIcs } from '../../src/report/ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
const STAMP = new Date('2026-11-27T15:18:09.123Z');

describe('ics', () => {
  it.each([
    ['a, b', 'a\\, b'],
    ['a; b', 'a\\; b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['windows\r\nline', 'windows\\nline'],
    ['plain', 'plain'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeIcsText(input)).toBe(expected);
  });

  it('folds long lines at 75 octets with CRLF and one space, never inside a UTF-8 character', () => {
    const line = `SUMMARY:${'ğ'.repeat(100)}`; // ğ is two octets
    const folded = foldIcsLine(line);
    const pieces = folded.split('\r\n');
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
    for (const piece of pieces.slice(1)) expect(piece.startsWith(' ')).toBe(true);
    // Unfolding (RFC 5545 §3.1: remove CRLF + one space) gives the line back.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldIcsLine('SHORT:line')).toBe('SHORT:line');
  });

  it('writes all-day events with CRLF line ends, a UTC stamp and the next day as end', () => {
    const ics = toIcs(
      [
        {
          uid: 'R7_inform_public-1@x',
          date: '2027-02-28',
          summary: 'Inform, publicly; now',
          description: 'a\nb',
        },
      ],
      STAMP,
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare LF or CR
    const lines = ics.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:R7_inform_public-1@x',
        'DTSTAMP:20261127T151809Z',
        'DTSTART;VALUE=DATE:20270228',
        'DTEND;VALUE=DATE:20270301',
        'SUMMARY:Inform\\, publicly\\; now',
        'DESCRIPTION:a\\nb',
        'END:VEVENT',
      ]),
    );
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  });

  it('ends a leap day on 1 March and the last day of the year on 1 January', () => {
    const ics = toIcs(
      [
        { uid: 'a', date: '2028-02-29', summary: 'x' },
        { uid: 'b', date: '2027-12-31', summary: 'y' },
      ],
      STAMP,
    );
    expect(ics).toContain('DTEND;VALUE=DATE:20280301');
    expect(ics).toContain('DTEND;VALUE=DATE:20280101');
  });
});
