import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { t, type MessageKey } from '../extension/i18n';
import type { StoredWeeklyWindow } from '../core/availability-settings';
import { mergeWeeklyWindows, minutesOf } from '../core/weekly-windows';

type Day = StoredWeeklyWindow['day'];

/** Monday first, as most calendars show a week; `day` stays 0 = Sunday. */
export const GRID_DAYS: ReadonlyArray<{ day: Day; short: MessageKey; long: MessageKey }> = [
  { day: 1, short: 'optionsMonShort', long: 'optionsMonday' },
  { day: 2, short: 'optionsTueShort', long: 'optionsTuesday' },
  { day: 3, short: 'optionsWedShort', long: 'optionsWednesday' },
  { day: 4, short: 'optionsThuShort', long: 'optionsThursday' },
  { day: 5, short: 'optionsFriShort', long: 'optionsFriday' },
  { day: 6, short: 'optionsSatShort', long: 'optionsSaturday' },
  { day: 0, short: 'optionsSunShort', long: 'optionsSunday' },
];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

const hh = (hour: number) => (hour === 24 ? '24:00' : `${String(hour).padStart(2, '0')}:00`);
const cellKey = (day: Day, hour: number) => `${day}:${hour}`;

/** Whether the whole hour is inside one of the day's windows. */
export function hourIsFree(weekly: readonly StoredWeeklyWindow[], day: Day, hour: number): boolean {
  return weekly.some((window) => window.day === day && minutesOf(window.start) <= hour * 60 && minutesOf(window.end) >= hour * 60 + 60);
}

/** Adds or removes whole hours, keeping every other minute of the windows (18:30 stays 18:30). */
export function paintHours(weekly: readonly StoredWeeklyWindow[], cells: ReadonlyArray<{ day: Day; hour: number }>, free: boolean): StoredWeeklyWindow[] {
  let result = [...weekly];
  for (const { day, hour } of cells) {
    const from = hour * 60;
    const to = from + 60;
    if (free) {
      result.push({ day, start: hh(hour), end: hh(hour + 1) });
      continue;
    }
    result = result.flatMap((window) => {
      if (window.day !== day) return [window];
      const start = minutesOf(window.start);
      const end = minutesOf(window.end);
      if (end <= from || start >= to) return [window];
      const pieces: StoredWeeklyWindow[] = [];
      if (start < from) pieces.push({ day, start: window.start, end: hh(hour) });
      if (end > to) pieces.push({ day, start: hh(hour + 1), end: window.end });
      return pieces;
    });
  }
  return mergeWeeklyWindows(result);
}

export interface WeekGridProps {
  weekly: StoredWeeklyWindow[];
  onChange: (weekly: StoredWeeklyWindow[]) => void;
}

/**
 * The week at a glance: 7 days × 24 hours. Drag across hours to paint them free, or start on a
 * free hour to erase. From the keyboard: arrows move, Space switches the hour.
 */
export function WeekGrid({ weekly, onChange }: WeekGridProps): ReactElement {
  const [focus, setFocus] = useState({ column: 0, hour: 18 });
  const [drag, setDrag] = useState<{ free: boolean; cells: Map<string, { day: Day; hour: number }> } | null>(null);
  const cellRefs = useRef(new Map<string, HTMLDivElement>());

  const finish = () => {
    if (!drag) return;
    setDrag(null);
    onChange(paintHours(weekly, [...drag.cells.values()], drag.free));
  };

  // A drag that ends outside the grid still ends.
  useEffect(() => {
    if (!drag) return;
    window.addEventListener('pointerup', finish);
    return () => window.removeEventListener('pointerup', finish);
  });

  const shown = (day: Day, hour: number) => {
    if (drag?.cells.has(cellKey(day, hour))) return drag.free;
    return hourIsFree(weekly, day, hour);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const next = { column: Math.min(6, Math.max(0, focus.column + move[0])), hour: Math.min(23, Math.max(0, focus.hour + move[1])) };
      setFocus(next);
      cellRefs.current.get(cellKey(GRID_DAYS[next.column]!.day, next.hour))?.focus();
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      const { day } = GRID_DAYS[focus.column]!;
      onChange(paintHours(weekly, [{ day, hour: focus.hour }], !hourIsFree(weekly, day, focus.hour)));
    }
  };

  return (
    <div className="week-grid" role="grid" aria-label={t('optionsGridLabel')} aria-describedby="week-grid-help" onKeyDown={onKeyDown} onPointerUp={finish}>
      <p id="week-grid-help" className="muted hint">
        {t('optionsGridHelp')}
      </p>
      <div role="row" className="week-grid-row">
        <span role="columnheader" className="week-grid-hour" />
        {GRID_DAYS.map(({ day, short, long }) => (
          <span role="columnheader" key={day} title={t(long)}>
            {t(short)}
          </span>
        ))}
      </div>
      {HOURS.map((hour) => (
        <div role="row" className="week-grid-row" key={hour}>
          <span role="rowheader" className="week-grid-hour">
            {hour % 3 === 0 ? hh(hour) : ''}
          </span>
          {GRID_DAYS.map(({ day, long }, column) => {
            const free = shown(day, hour);
            const focused = focus.column === column && focus.hour === hour;
            return (
              <div
                key={day}
                role="gridcell"
                ref={(element) => {
                  if (element) cellRefs.current.set(cellKey(day, hour), element);
                  else cellRefs.current.delete(cellKey(day, hour));
                }}
                tabIndex={focused ? 0 : -1}
                aria-selected={free}
                aria-label={t(free ? 'optionsGridCellFree' : 'optionsGridCellBusy', t(long), `${hh(hour)}–${hh(hour + 1)}`)}
                className={free ? 'cell free' : 'cell'}
                data-day={day}
                data-hour={hour}
                onFocus={() => setFocus({ column, hour })}
                onPointerDown={(event) => {
                  event.preventDefault();
                  setFocus({ column, hour });
                  const paint = !hourIsFree(weekly, day, hour);
                  setDrag({ free: paint, cells: new Map([[cellKey(day, hour), { day, hour }]]) });
                }}
                onPointerOver={() => {
                  if (!drag || drag.cells.has(cellKey(day, hour))) return;
                  setDrag({ free: drag.free, cells: new Map(drag.cells).set(cellKey(day, hour), { day, hour }) });
                }}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
}
