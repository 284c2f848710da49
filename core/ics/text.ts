/**
 * Checks on the text before the parser sees it, in one pass over the lines: the shape of the
 * file (starts and ends like a calendar, every BEGIN closed by its END), how deep blocks nest,
 * and how many EXDATE/RDATE values it lists. A problem found here names its line, which a
 * parser error cannot.
 */
import { CalendarError } from './errors.ts';
import { MAX_LISTED_DATES, MAX_NESTING } from './limits.ts';

/** `ics` as the parser wants it: one kind of line ending (CRLF, LF or CR-only in, LF out), no byte-order mark. */
export function prepareText(ics: unknown, maxBytes: number): string {
  if (typeof ics !== 'string') throw new CalendarError({ code: 'not-icalendar' });
  const size = utf8Length(ics, maxBytes);
  if (size > maxBytes) throw new CalendarError({ code: 'too-large', bytes: size, limitBytes: maxBytes });
  const text = ics.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  if (!/^BEGIN:VCALENDAR\b/i.test(text)) throw new CalendarError({ code: 'not-icalendar' });
  if (!/(^|\n)END:VCALENDAR$/i.test(text)) throw new CalendarError({ code: 'truncated' });
  checkLines(text);
  return text;
}

/** Byte length in UTF-8, without encoding the whole file when the answer is already clear. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length; // each character is at least one byte
  if (text.length * 3 <= limit) return text.length; // each UTF-16 unit is at most three bytes
  return new TextEncoder().encode(text).length;
}

const CONTENT_LINE = /^([A-Za-z0-9-]+)[;:]/;

function checkLines(text: string): void {
  const open: string[] = [];
  let listedDates = 0;
  let inDateList = false;
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNumber++;
    const line = text.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) {
      // A folded continuation of the line before.
      if (inDateList) listedDates += countCommas(line);
      continue;
    }
    const name = CONTENT_LINE.exec(line)?.[1]?.toUpperCase();
    if (name === undefined) throw new CalendarError({ code: 'unreadable', line: lineNumber });
    inDateList = name === 'EXDATE' || name === 'RDATE';
    if (inDateList) listedDates += 1 + countCommas(line);
    if (name === 'BEGIN') {
      if (open.length >= MAX_NESTING) throw new CalendarError({ code: 'unreadable', line: lineNumber });
      open.push(line.slice(6).trim().toUpperCase());
    } else if (name === 'END') {
      const closing = line.slice(4).trim().toUpperCase();
      if (open[open.length - 1] === closing) open.pop();
      // Closing an outer block while an inner one is still open: the inner one was cut off.
      else if (open.includes(closing)) throw new CalendarError({ code: 'truncated' });
      else throw new CalendarError({ code: 'unreadable', line: lineNumber });
    }
  }
  if (open.length > 0) throw new CalendarError({ code: 'truncated' });
  if (listedDates > MAX_LISTED_DATES) throw new CalendarError({ code: 'too-many-dates', count: listedDates, limit: MAX_LISTED_DATES });
}

function countCommas(line: string): number {
  let commas = 0;
  for (let index = line.indexOf(','); index !== -1; index = line.indexOf(',', index + 1)) commas++;
  return commas;
}
