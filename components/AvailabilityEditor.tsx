import { useId, useMemo, useState, type ReactElement } from 'react';
import type { AvailabilitySettings, StoredWeeklyWindow } from '../utils/storage';
import { mergeWeeklyWindows, windowProblem } from '../utils/weekly';

/** Monday first, as most calendars show a week; `day` stays 0 = Sunday as the contract says. */
const WEEK: ReadonlyArray<{ day: StoredWeeklyWindow['day']; name: string }> = [
  { day: 1, name: 'Monday' },
  { day: 2, name: 'Tuesday' },
  { day: 3, name: 'Wednesday' },
  { day: 4, name: 'Thursday' },
  { day: 5, name: 'Friday' },
  { day: 6, name: 'Saturday' },
  { day: 0, name: 'Sunday' },
];

interface DraftWindow extends StoredWeeklyWindow {
  key: number;
}

let nextKey = 1;
const withKeys = (windows: readonly StoredWeeklyWindow[]): DraftWindow[] =>
  windows.map((window) => ({ ...window, key: nextKey++ }));

export interface AvailabilityEditorProps {
  value: AvailabilitySettings;
  onSave: (next: AvailabilitySettings) => Promise<void>;
  /** The browser's own zone, shown as the default choice. */
  browserTimeZone: string;
}

/** Weekly windows per weekday and the time zone, saved as the person goes whenever the whole week is valid. */
export function AvailabilityEditor({ value, onSave, browserTimeZone }: AvailabilityEditorProps): ReactElement {
  const [draft, setDraft] = useState<DraftWindow[]>(() => withKeys(value.weekly));
  const [status, setStatus] = useState('');
  const zoneLabelId = useId();

  // Follow changes saved elsewhere (another options tab, an import) unless this draft has unsaved errors.
  const stored = JSON.stringify(value.weekly);
  const [followed, setFollowed] = useState(stored);
  if (stored !== followed) {
    setFollowed(stored);
    const valid = draft.every((window) => windowProblem(window) === null);
    const same = JSON.stringify(mergeWeeklyWindows(draft.map(({ key: _key, ...window }) => window))) === stored;
    if (valid && !same) setDraft(withKeys(value.weekly));
  }

  const zones = useMemo(() => {
    try {
      return Intl.supportedValuesOf('timeZone');
    } catch {
      return [browserTimeZone];
    }
  }, [browserTimeZone]);

  const commit = (next: DraftWindow[]) => {
    setDraft(next);
    if (next.some((window) => windowProblem(window) !== null)) {
      setStatus('Not saved yet: fix the times marked below.');
      return;
    }
    const plain = next.map(({ key: _key, ...window }) => window);
    const merged = mergeWeeklyWindows(plain);
    const mergedSome = merged.length < plain.length;
    if (mergedSome) setDraft(withKeys(merged));
    void onSave({ ...value, weekly: merged }).then(
      () => setStatus(mergedSome ? 'Saved. Overlapping times were merged.' : 'Saved.'),
      (error: unknown) => setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  const update = (key: number, change: Partial<StoredWeeklyWindow>) =>
    commit(draft.map((window) => (window.key === key ? { ...window, ...change } : window)));

  const saveNumber = (field: 'minNoticeMinutes' | 'horizonDays' | 'maxSlots', raw: string, scale = 1) => {
    const number = Math.round(Number(raw) * scale);
    if (!Number.isFinite(number) || raw === '') return;
    void onSave({ ...value, [field]: number }).then(
      () => setStatus('Saved.'),
      () => setStatus('Not saved: that number is out of range.'),
    );
  };

  return (
    <div className="availability">
      <div className="field">
        <label id={zoneLabelId} htmlFor={`${zoneLabelId}-zone`}>
          Time zone
        </label>
        <select
          id={`${zoneLabelId}-zone`}
          value={value.timeZone}
          onChange={(event) =>
            void onSave({ ...value, timeZone: event.target.value }).then(() => setStatus('Saved.'))
          }
        >
          <option value="">This browser's zone ({browserTimeZone})</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>

      {WEEK.map(({ day, name }) => {
        const windows = draft.filter((window) => window.day === day);
        return (
          <div className="day" key={day} role="group" aria-label={name}>
            <div className="day-name">{name}</div>
            <div className="windows">
              {windows.length === 0 && <span className="muted">Not free</span>}
              {windows.map((window) => {
                const problem = windowProblem(window);
                const errorId = `error-${window.key}`;
                return (
                  <div key={window.key}>
                    <div className="window">
                      <input
                        type="time"
                        aria-label={`${name} from`}
                        value={window.start}
                        aria-invalid={problem !== null}
                        aria-describedby={problem ? errorId : undefined}
                        onChange={(event) => update(window.key, { start: event.target.value })}
                      />
                      <span aria-hidden="true">–</span>
                      <input
                        type="time"
                        aria-label={`${name} until`}
                        value={window.end === '24:00' ? '23:59' : window.end}
                        aria-invalid={problem !== null}
                        aria-describedby={problem ? errorId : undefined}
                        onChange={(event) => update(window.key, { end: event.target.value === '23:59' ? '24:00' : event.target.value })}
                      />
                      <button
                        type="button"
                        aria-label={`Remove ${name} ${window.start}–${window.end}`}
                        onClick={() => commit(draft.filter((candidate) => candidate.key !== window.key))}
                      >
                        Remove
                      </button>
                    </div>
                    {problem && (
                      <p className="error" id={errorId} role="alert">
                        {problem}
                      </p>
                    )}
                  </div>
                );
              })}
              <button
                type="button"
                onClick={() => commit([...draft, { day, start: '18:00', end: '21:00', key: nextKey++ }])}
              >
                Add time on {name}
              </button>
            </div>
          </div>
        );
      })}

      <h3>Invites</h3>
      <div className="field">
        <label htmlFor="notice">Earliest time, hours from now</label>
        <input
          id="notice"
          type="number"
          min={0}
          max={168}
          step={0.5}
          defaultValue={value.minNoticeMinutes / 60}
          onChange={(event) => saveNumber('minNoticeMinutes', event.target.value, 60)}
        />
        <label htmlFor="horizon">Look ahead, days</label>
        <input
          id="horizon"
          type="number"
          min={1}
          max={60}
          defaultValue={value.horizonDays}
          onChange={(event) => saveNumber('horizonDays', event.target.value)}
        />
        <label htmlFor="max-slots">Times offered in one invite</label>
        <input
          id="max-slots"
          type="number"
          min={1}
          max={10}
          defaultValue={value.maxSlots}
          onChange={(event) => saveNumber('maxSlots', event.target.value)}
        />
      </div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
