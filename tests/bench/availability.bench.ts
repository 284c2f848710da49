/**
 * findFreeSlots with a crowded calendar: 2,000 busy intervals over the coming weeks,
 * the week's windows in a DST-observing zone, the app's 15-minute buffer.
 */
import { bench } from './harness.ts';
import { findFreeSlots, type Interval, type WeeklyWindow } from '../../core/availability/index.ts';

const now = new Date('2026-03-05T14:00:00Z'); // a week that crosses the US spring-forward change
const busy: Interval[] = [];
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
for (let i = 0; i < 2_000; i++) {
  // Spread over 60 days so ~230 fall inside the 7-day horizon and the rest must be skipped cheaply.
  const start = now.getTime() + Math.floor(random() * 60 * 24 * 4) * 15 * 60_000;
  busy.push({ start: new Date(start), end: new Date(start + (1 + Math.floor(random() * 4)) * 15 * 60_000) });
}
const weekly: WeeklyWindow[] = [0, 1, 2, 3, 4, 5, 6].flatMap((day) => [
  { day: day as WeeklyWindow['day'], start: '07:00', end: '09:00' },
  { day: day as WeeklyWindow['day'], start: '18:00', end: '24:00' },
]);
const query = { now, timeZone: 'America/New_York', weekly, busy, durationMinutes: 30, bufferMinutes: 15 };
console.log(`availability: ${busy.length} busy intervals, ${findFreeSlots(query).length} slots found`);

await bench('findFreeSlots: 2,000 busy intervals, 14 windows a week', () => findFreeSlots(query), {
  iterations: 200,
  warmup: 20,
  medianTargetMs: 2,
});
