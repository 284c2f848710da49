import { useId, useMemo, useState, type ReactElement } from 'react';
import { t } from '../extension/i18n';
import type { AvailabilitySettings, StoredWeeklyWindow } from '../core/availability-settings';
import { mergeWeeklyWindows, windowProblem } from '../core/weekly-windows';
import { DateOverrides } from './DateOverrides';
import { GRID_DAYS, WeekGrid } from './WeekGrid';

/** A cap on the times one invite offers; "all" is the default. A stored cap outside these still shows. */
const BASE_MAX_TIMES = [1, 2, 3, 4, 5, 6, 7, 8, 10];

/** Monday first, as most calendars show a week; `day` stays 0 = Sunday as the contract says. */
const WEEK = GRID_DAYS.map(({ day, long }) => ({ day, name: t(long) }));

/** A number input that follows the stored value (an import, another tab) except while it is being edited. */
function NumberField(props: { id: string; min: number; max: number; step: number; value: number; onChange: (raw: string) => void }): ReactElement {
  const [text, setText] = useState(String(props.value));
  const [editing, setEditing] = useState(false);
  if (!editing && text !== String(props.value)) setText(String(props.value));
  return (
    <input
      id={props.id}
      type="number"
      min={props.min}
      max={props.max}
      step={props.step}
      value={text}
      onFocus={() => setEditing(true)}
      onBlur={() => setEditing(false)}
      onChange={(event) => {
        setText(event.target.value);
        props.onChange(event.target.value);
      }}
    />
  );
}

/** The weekly module's English problems, in the page's language. */
function problemText(problem: string | null): string {
  if (problem === null) return '';
  return problem.startsWith('Enter') ? t('optionsProblemBothTimes') : t('optionsProblemEndAfterStart');
}

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

  const MAX_TIMES_CHOICES =
    value.maxTimes === null || BASE_MAX_TIMES.includes(value.maxTimes)
      ? BASE_MAX_TIMES
      : [...BASE_MAX_TIMES, value.maxTimes].sort((a, b) => a - b);

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
      setStatus(t('optionsNotSavedFix'));
      return;
    }
    const plain = next.map(({ key: _key, ...window }) => window);
    const merged = mergeWeeklyWindows(plain);
    const mergedSome = merged.length < plain.length;
    if (mergedSome) setDraft(withKeys(merged));
    void onSave({ ...value, weekly: merged }).then(
      () => setStatus(mergedSome ? t('optionsSavedMerged') : t('optionsSaved')),
      (error: unknown) => setStatus(t('optionsNotSaved', error instanceof Error ? error.message : String(error))),
    );
  };

  const update = (key: number, change: Partial<StoredWeeklyWindow>) =>
    commit(draft.map((window) => (window.key === key ? { ...window, ...change } : window)));

  const saveNumber = (field: 'minNoticeMinutes' | 'horizonDays' | 'bufferMinutes', raw: string, scale = 1) => {
    const number = Math.round(Number(raw) * scale);
    if (!Number.isFinite(number) || raw === '') return;
    void onSave({ ...value, [field]: number }).then(
      () => setStatus(t('optionsSaved')),
      () => setStatus(t('optionsNotSavedRange')),
    );
  };

  return (
    <div className="availability">
      <div className="field">
        <label id={zoneLabelId} htmlFor={`${zoneLabelId}-zone`}>
          {t('optionsTimeZone')}
        </label>
        <select
          id={`${zoneLabelId}-zone`}
          value={value.timeZone}
          onChange={(event) =>
            void onSave({ ...value, timeZone: event.target.value }).then(() => setStatus(t('optionsSaved')))
          }
        >
          <option value="">{t('optionsBrowserZone', browserTimeZone)}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>

      <label className="switch">
        <input
          type="checkbox"
          checked={value.showZone}
          onChange={(event) => void onSave({ ...value, showZone: event.target.checked }).then(() => setStatus(t('optionsSaved')))}
        />
        {t('optionsShowZone')}
      </label>

      <h3>{t('optionsWeekHeading')}</h3>
      <WeekGrid weekly={mergeWeeklyWindows(draft.map(({ key: _key, ...window }) => window))} onChange={(weekly) => commit(withKeys(weekly))} />

      <h3>{t('optionsExactTimes')}</h3>
      {WEEK.map(({ day, name }) => {
        const windows = draft.filter((window) => window.day === day);
        return (
          <div className="day" key={day} role="group" aria-label={name}>
            <div className="day-name">{name}</div>
            <div className="windows">
              {windows.length === 0 && <span className="muted">{t('optionsNotFree')}</span>}
              {windows.map((window) => {
                const problem = windowProblem(window);
                const errorId = `error-${window.key}`;
                return (
                  <div key={window.key}>
                    <div className="window">
                      <input
                        type="time"
                        aria-label={t('optionsDayFrom', name)}
                        value={window.start}
                        aria-invalid={problem !== null}
                        aria-describedby={problem ? errorId : undefined}
                        onChange={(event) => update(window.key, { start: event.target.value })}
                      />
                      <span aria-hidden="true">–</span>
                      <input
                        type="time"
                        aria-label={t('optionsDayUntil', name)}
                        value={window.end === '24:00' ? '23:59' : window.end}
                        aria-invalid={problem !== null}
                        aria-describedby={problem ? errorId : undefined}
                        onChange={(event) => update(window.key, { end: event.target.value === '23:59' ? '24:00' : event.target.value })}
                      />
                      <button
                        type="button"
                        aria-label={t('optionsRemoveNamed', `${name} ${window.start}–${window.end}`)}
                        onClick={() => commit(draft.filter((candidate) => candidate.key !== window.key))}
                      >
                        {t('optionsRemove')}
                      </button>
                    </div>
                    {problem && (
                      <p className="error" id={errorId} role="alert">
                        {problemText(problem)}
                      </p>
                    )}
                  </div>
                );
              })}
              <button
                type="button"
                onClick={() => commit([...draft, { day, start: '18:00', end: '21:00', key: nextKey++ }])}
              >
                {t('optionsAddTimeOn', name)}
              </button>
            </div>
          </div>
        );
      })}

      <h3>{t('optionsOverridesHeading')}</h3>
      <DateOverrides
        overrides={value.overrides}
        onChange={(overrides) =>
          onSave({ ...value, overrides }).then(
            () => setStatus(t('optionsSaved')),
            (error: unknown) => setStatus(t('optionsNotSaved', error instanceof Error ? error.message : String(error))),
          )
        }
      />

      <h3>{t('optionsInvitesHeading')}</h3>
      <p className="muted" data-testid="planner-explained">
        {t('optionsPlannerExplained')}
      </p>
      <div className="field">
        <label htmlFor="notice">{t('optionsNotice')}</label>
        <NumberField
          id="notice"
          min={0}
          max={168}
          step={0.5}
          value={value.minNoticeMinutes / 60}
          onChange={(raw) => saveNumber('minNoticeMinutes', raw, 60)}
        />
        <label htmlFor="horizon">{t('optionsHorizon')}</label>
        <NumberField
          id="horizon"
          min={1}
          max={60}
          step={1}
          value={value.horizonDays}
          onChange={(raw) => saveNumber('horizonDays', raw)}
        />
        <label htmlFor="max-slots">{t('optionsMaxSlots')}</label>
        <select
          id="max-slots"
          value={value.maxTimes === null ? 'all' : String(value.maxTimes)}
          onChange={(event) => {
            const maxTimes = event.target.value === 'all' ? null : Number(event.target.value);
            void onSave({ ...value, maxTimes }).then(
              () => setStatus(t('optionsSaved')),
              () => setStatus(t('optionsNotSavedRange')),
            );
          }}
        >
          <option value="all">{t('optionsMaxTimesAll')}</option>
          {MAX_TIMES_CHOICES.map((count) => (
            <option key={count} value={String(count)}>
              {count}
            </option>
          ))}
        </select>
        <label htmlFor="buffer">{t('optionsBuffer')}</label>
        <NumberField
          id="buffer"
          min={0}
          max={240}
          step={5}
          value={value.bufferMinutes}
          onChange={(raw) => saveNumber('bufferMinutes', raw)}
        />
      </div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
