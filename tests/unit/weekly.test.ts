import { describe, expect, test } from 'vitest';
import { mergeWeeklyWindows, windowProblem } from '../../core/weekly-windows';
import { type StoredWeeklyWindow } from '../../core/availability-settings';

describe('windowProblem', () => {
  test.each([
    [{ start: '18:00', end: '21:00' }, null],
    [{ start: '00:00', end: '24:00' }, null],
    [{ start: '21:00', end: '18:00' }, 'The end must be after the start.'],
    [{ start: '18:00', end: '18:00' }, 'The end must be after the start.'],
    [{ start: '', end: '18:00' }, 'Enter both a start and an end time.'],
  ])('%o → %s', (window, problem) => {
    expect(windowProblem(window)).toBe(problem);
  });
});

describe('mergeWeeklyWindows', () => {
  const w = (day: StoredWeeklyWindow['day'], start: string, end: string): StoredWeeklyWindow => ({ day, start, end });
  test.each<[string, StoredWeeklyWindow[], StoredWeeklyWindow[]]>([
    ['overlapping windows become one', [w(2, '18:00', '21:00'), w(2, '20:00', '22:30')], [w(2, '18:00', '22:30')]],
    ['touching windows become one', [w(2, '10:00', '12:00'), w(2, '12:00', '14:00')], [w(2, '10:00', '14:00')]],
    ['a window inside another disappears', [w(6, '10:00', '18:00'), w(6, '12:00', '13:00')], [w(6, '10:00', '18:00')]],
    ['separate windows stay apart', [w(1, '12:00', '13:00'), w(1, '18:00', '21:00')], [w(1, '12:00', '13:00'), w(1, '18:00', '21:00')]],
    ['different days never merge', [w(3, '18:00', '21:00'), w(1, '18:00', '21:00')], [w(1, '18:00', '21:00'), w(3, '18:00', '21:00')]],
    ['24:00 ends merge like any other', [w(5, '20:00', '24:00'), w(5, '22:00', '23:00')], [w(5, '20:00', '24:00')]],
  ])('%s', (_name, input, expected) => {
    expect(mergeWeeklyWindows(input)).toEqual(expected);
  });

  test('does not change its input', () => {
    const input = [w(2, '18:00', '21:00'), w(2, '20:00', '22:00')];
    const copy = structuredClone(input);
    mergeWeeklyWindows(input);
    expect(input).toEqual(copy);
  });
});
