/**
 * readBusyFromIcs on a large real-looking calendar: ~5 MB, 10,000 events, 500 of them weekly
 * series running five years, read over 60 days, generated in memory with a fixed seed so every
 * run times the same file; then every pathological calendar of issue 13.
 */
import { bench } from './harness.ts';
import { CalendarError, readBusyFromIcs } from '../../core/ics/index.ts';
import { EVENT_COUNT, generateLargeCalendar, TARGET_BYTES, WEEKLY_COUNT } from '../calendar/large-calendar.ts';
import { PATHOLOGICAL_CASES } from '../calendar/pathological.ts';

const calendar = generateLargeCalendar();
const range = { start: new Date(Date.UTC(2025, 8, 1)), end: new Date(Date.UTC(2025, 9, 31)) }; // 60 days
const busyCount = readBusyFromIcs(calendar, range, { timeZone: 'America/New_York' }).length;
console.log(
  `calendar: ${(calendar.length / (1024 * 1024)).toFixed(2)} MB, ${EVENT_COUNT} events (${WEEKLY_COUNT} weekly for five years), ` +
    `${busyCount} merged busy intervals in 60 days (target size ${(TARGET_BYTES / (1024 * 1024)).toFixed(0)} MB)`,
);

await bench('readBusyFromIcs: 5 MB, 10,000 events, 60-day range', () => readBusyFromIcs(calendar, range, { timeZone: 'America/New_York' }), {
  iterations: 5,
  warmup: 1,
  medianTargetMs: 1500,
});

// The files that froze or fooled the reader in issue 13's audit (tests/calendar/pathological.ts),
// each timed from text to busy times or to its error.
for (const c of PATHOLOGICAL_CASES) {
  const ics = c.ics();
  const read = () => {
    try {
      return readBusyFromIcs(ics, c.range, { timeZone: c.timeZone });
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      return error.code;
    }
  };
  const outcome = read();
  await bench(`pathological: ${c.name} → ${typeof outcome === 'string' ? outcome : `${outcome.length} busy`} (before: ${c.before})`, read, {
    iterations: 5,
    warmup: 1,
    medianTargetMs: 1500,
  });
}
