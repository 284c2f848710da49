/**
 * A large real-looking calendar: ~5 MB, 10,000 events, 500 of them weekly series running five
 * years. Generated in memory with a fixed seed so every run reads the same file (npm run bench,
 * and the end-to-end test of a file that takes too long to read).
 */

export const EVENT_COUNT = 10_000;
export const WEEKLY_COUNT = 500;
export const TARGET_BYTES = 5 * 1024 * 1024;

/** Small deterministic generator (mulberry32) so the file is identical on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function localStamp(date: Date): string {
  return stamp(date).replace('Z', '');
}

export function generateLargeCalendar(): string {
  const random = seededRandom(20260601);
  const seriesStart = Date.UTC(2022, 0, 3, 0, 0, 0);
  const fiveYearsMs = 5 * 365 * 86_400_000;
  // Pad descriptions so the whole file lands near 5 MB, like real exports with notes and attendees.
  const padding = 'Agenda: review notes, decisions and follow-ups. '.repeat(6);
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Busy person',
    'X-WR-TIMEZONE:America/New_York',
    'BEGIN:VTIMEZONE',
    'TZID:America/New_York',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:-0500',
    'TZOFFSETTO:-0400',
    'TZNAME:EDT',
    'DTSTART:19700308T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:-0400',
    'TZOFFSETTO:-0500',
    'TZNAME:EST',
    'DTSTART:19701101T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (let i = 0; i < EVENT_COUNT; i++) {
    const weekly = i < WEEKLY_COUNT;
    const startMs =
      seriesStart + Math.floor(random() * (weekly ? 14 : 5 * 365)) * 86_400_000 + (8 + Math.floor(random() * 10)) * 3_600_000;
    const start = new Date(startMs);
    const end = new Date(startMs + (1 + Math.floor(random() * 4)) * 1_800_000);
    lines.push(
      'BEGIN:VEVENT',
      `DTSTART;TZID=America/New_York:${localStamp(start)}`,
      `DTEND;TZID=America/New_York:${localStamp(end)}`,
    );
    if (weekly) lines.push(`RRULE:FREQ=WEEKLY;UNTIL=${stamp(new Date(seriesStart + fiveYearsMs))}`);
    lines.push(
      'DTSTAMP:20260101T000000Z',
      `UID:event-${i}@bench.someday`,
      `SUMMARY:Event ${i}`,
      `DESCRIPTION:${padding}`,
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

