/** Editing weekly windows: checking one, and merging a day's windows that overlap or touch. */
import type { StoredWeeklyWindow } from './availability-settings';

export function minutesOf(time: string): number {
  const [hours = 'NaN', minutes = 'NaN'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

function timeOf(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A person-readable problem with one window, or null when it is fine. */
export function windowProblem(window: { start: string; end: string }): string | null {
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return 'Enter both a start and an end time.';
  if (end <= start) return 'The end must be after the start.';
  return null;
}

/** Sorted by day and start, with overlapping or touching windows on the same day merged into one. */
export function mergeWeeklyWindows(windows: readonly StoredWeeklyWindow[]): StoredWeeklyWindow[] {
  const sorted = [...windows].sort((a, b) => a.day - b.day || minutesOf(a.start) - minutesOf(b.start));
  const merged: StoredWeeklyWindow[] = [];
  for (const window of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.day === window.day && minutesOf(window.start) <= minutesOf(last.end)) {
      last.end = timeOf(Math.max(minutesOf(last.end), minutesOf(window.end)));
    } else {
      merged.push({ ...window });
    }
  }
  return merged;
}
