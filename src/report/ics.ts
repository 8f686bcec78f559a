// An iCalendar file (RFC 5545) of all-day events: the action plan's dates, for a calendar app.
// Pure: the stamp is passed in. What the RFC asks and calendar apps check:
// - CRLF line ends (§3.1), and lines of at most 75 octets — longer ones folded with CRLF + space,
//   never inside a UTF-8 character;
// - TEXT values with \ ; , and line breaks escaped (§3.3.11);
// - all-day events as DTSTART;VALUE=DATE with DTEND the next day (§3.6.1), DTSTAMP in UTC, and a
//   UID that stays the same on every export, so importing again updates instead of duplicating.

export interface CalendarEvent {
  /** Stable and unique: the same event must get the same UID on every export. */
  readonly uid: string;
  /** YYYY-MM-DD, an all-day date without a time zone. */
  readonly date: string;
  readonly summary: string;
  readonly description?: string;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into pieces of at most 75 octets, continuation lines starting with one
 *  space (which counts towards their 75). Splits between code points, never inside one. */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n');
}

const basicDate = (isoDate: string) => isoDate.replace(/-/g, '');

/** The day after an ISO date (DTEND of an all-day event is exclusive). UTC arithmetic: no DST. */
function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** 2026-11-27T15:18:00.000Z → 20261127T151800Z */
const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function toIcs(events: readonly CalendarEvent[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Partnership Mirror//Action plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      ...(e.description === undefined ? [] : [`DESCRIPTION:${escapeIcsText(e.description)}`]),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
