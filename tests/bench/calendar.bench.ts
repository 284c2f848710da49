/**
 * readBusyFromIcs on a large real-looking calendar: ~5 MB, 10,000 events, 500 of them weekly
 * series running five years, read over 60 days. Generated in memory with a fixed seed so every
 * run times the same file.
 */
import { bench } from './harness.ts';
import { readBusyFromIcs } from '../../utils/calendar/index.ts';
import { EVENT_COUNT, generateLargeCalendar, TARGET_BYTES, WEEKLY_COUNT } from '../calendar/large-calendar.ts';

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
