/**
 * The options page's Calendars section: import an .ics file (picker or drop), subscribe to a feed
 * address, see what is stored and when each calendar was last read, refresh, remove with undo.
 */
import { useEffect, useId, useState, type DragEvent, type FormEvent, type ReactElement } from 'react';
import { browser } from 'wxt/browser';
import {
  CALENDAR_MAX_BYTES,
  CalendarInputError,
  REFRESH_CHOICES_MINUTES,
  importCalendarFile,
  originPattern,
  removeCalendar,
  restoreCalendar,
  toFeedUrl,
  type CalendarResult,
} from '../utils/calendars';
import { sendMessage } from '../utils/messages';
import { calendarsBytesInUse, type CalendarSettings, type StoredCalendar } from '../utils/storage';
import type { StorageStore } from '../utils/stores';
import { useStorageStore } from './useStorageStore';

/** What the section does to the world; the options page uses the browser's, tests their own. */
export interface CalendarActions {
  importFile: (file: { text: string; fileName: string }) => Promise<CalendarResult>;
  /** Must be called straight from a click or submit: browsers grant host permissions only on a user gesture. */
  requestOrigin: (pattern: string) => Promise<boolean>;
  addFeed: (url: string) => Promise<CalendarResult>;
  refresh: (id: string) => Promise<CalendarResult>;
  remove: (id: string) => Promise<StoredCalendar | null>;
  restore: (calendar: StoredCalendar, index: number) => Promise<void>;
  bytesInUse: () => Promise<number>;
}

export const browserCalendarActions: CalendarActions = {
  importFile: (file) => importCalendarFile(file),
  requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  addFeed: (url) => sendMessage({ type: 'calendar-add-feed', url }),
  refresh: (id) => sendMessage({ type: 'calendar-refresh', id }),
  remove: removeCalendar,
  restore: restoreCalendar,
  bytesInUse: calendarsBytesInUse,
};

export interface CalendarsSectionProps {
  calendars: StorageStore<StoredCalendar[]>;
  settings: StorageStore<CalendarSettings>;
  actions?: CalendarActions;
}

interface Removed {
  calendar: StoredCalendar;
  index: number;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return megabytes(bytes);
}

function formatWhen(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

function formatDay(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(ms);
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

function everyLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  if (minutes === 60) return 'hour';
  if (minutes === 1440) return 'day';
  return `${minutes / 60} hours`;
}

export function CalendarsSection({ calendars, settings, actions = browserCalendarActions }: CalendarsSectionProps): ReactElement {
  const { value: stored, loaded } = useStorageStore(calendars);
  const { value: refreshSettings, save: saveRefreshSettings } = useStorageStore(settings);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [importing, setImporting] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [feedInput, setFeedInput] = useState('');
  const [addingFeed, setAddingFeed] = useState(false);
  const [bytes, setBytes] = useState<number | null>(null);
  const ids = useId();

  useEffect(() => {
    let current = true;
    actions.bytesInUse().then(
      (count) => current && setBytes(count),
      () => current && setBytes(null),
    );
    return () => {
      current = false;
    };
  }, [actions, stored]);

  const startAction = () => {
    setError('');
    setStatus('');
    setRemoved(null);
  };

  const importFiles = async (files: readonly File[]) => {
    startAction();
    if (files.length === 0) return;
    setImporting(true);
    const done: string[] = [];
    try {
      for (const file of files) {
        if (file.size > CALENDAR_MAX_BYTES) {
          setError(`${file.name} is ${megabytes(file.size)}, over the ${megabytes(CALENDAR_MAX_BYTES)} limit for a calendar file. Nothing was imported.`);
          return;
        }
        const result = await actions.importFile({ text: await file.text(), fileName: file.name });
        if (!result.ok) {
          setError(`${file.name} was not imported. ${result.error}`);
          return;
        }
        done.push(`“${result.calendar.name}” (${plural(result.calendar.busy.length, 'busy time', 'busy times')})`);
      }
    } catch (caught) {
      setError(`The file could not be read: ${caught instanceof Error ? caught.message : String(caught)}`);
    } finally {
      if (done.length > 0) setStatus(`Imported ${done.join(', ')}.`);
      setImporting(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const addFeed = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startAction();
    let url: URL;
    try {
      url = toFeedUrl(feedInput);
    } catch (caught) {
      setError(caught instanceof CalendarInputError ? caught.message : String(caught));
      return;
    }
    const twin = stored.find((calendar) => calendar.source.kind === 'feed' && calendar.source.url === url.href);
    if (twin) {
      setError(`You already subscribe to this calendar (“${twin.name}”).`);
      return;
    }
    // Asked here and nowhere else: the browser shows its prompt only for a click the person just made.
    const asking = actions.requestOrigin(originPattern(url));
    setAddingFeed(true);
    try {
      if (!(await asking)) {
        setError(`Someday needs your permission to read ${url.host} to use this calendar. Nothing was added.`);
        return;
      }
      const result = await actions.addFeed(url.href);
      if (!result.ok) {
        setError(`The calendar was not added. ${result.error}`);
        return;
      }
      setFeedInput('');
      setStatus(`Subscribed to “${result.calendar.name}” (${plural(result.calendar.busy.length, 'busy time', 'busy times')}).`);
    } catch (caught) {
      setError(`The calendar was not added: ${caught instanceof Error ? caught.message : String(caught)}`);
    } finally {
      setAddingFeed(false);
    }
  };

  const refresh = async (calendar: StoredCalendar) => {
    startAction();
    setBusyIds((ids) => new Set(ids).add(calendar.id));
    try {
      const result = await actions.refresh(calendar.id);
      if (result.ok) setStatus(`Refreshed “${result.calendar.name}”.`);
      else setError(`Could not refresh “${calendar.name}”. ${result.error} Its last good busy times are kept.`);
    } catch (caught) {
      setError(`Could not refresh “${calendar.name}”: ${caught instanceof Error ? caught.message : String(caught)}`);
    } finally {
      setBusyIds((ids) => {
        const next = new Set(ids);
        next.delete(calendar.id);
        return next;
      });
    }
  };

  const remove = async (calendar: StoredCalendar) => {
    startAction();
    const index = stored.findIndex((candidate) => candidate.id === calendar.id);
    try {
      const gone = await actions.remove(calendar.id);
      if (gone) {
        setRemoved({ calendar: gone, index });
        setStatus(`Removed “${gone.name}”.`);
      }
    } catch (caught) {
      setError(`Could not remove “${calendar.name}”: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  };

  const undoRemove = async () => {
    if (!removed) return;
    const { calendar, index } = removed;
    const source = calendar.source;
    // A feed's permission went with it; asking again must happen in this click.
    const asking = source.kind === 'feed' ? actions.requestOrigin(originPattern(source.url)) : Promise.resolve(true);
    setError('');
    try {
      if (!(await asking)) {
        setError(`Someday needs your permission to read ${new URL((source as { url: string }).url).host} to bring this calendar back.`);
        return;
      }
      await actions.restore(calendar, index);
      setRemoved(null);
      setStatus(`“${calendar.name}” is back.`);
    } catch (caught) {
      setError(`Could not bring “${calendar.name}” back: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  };

  const totalBusy = stored.reduce((sum, calendar) => sum + calendar.busy.length, 0);

  return (
    <div className="calendars">
      <p className="muted">
        Someday reads your busy times so it never offers a time you are taken. Only the busy times over the next
        weeks are kept, on this device; the file and the events’ titles are not.
      </p>

      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        role="group"
        aria-labelledby={`${ids}-drop`}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p id={`${ids}-drop`}>
          <strong>Import a calendar file</strong> <span className="muted">(.ics, up to {megabytes(CALENDAR_MAX_BYTES)}): choose one or drop it here.</span>
        </p>
        <label className="file-button">
          <span>Choose an .ics file</span>
          <input
            type="file"
            accept=".ics,.ical,.ifb,.icalendar,text/calendar"
            multiple
            disabled={importing}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void importFiles(files);
            }}
          />
        </label>
      </div>

      <form className="feed-form" onSubmit={(event) => void addFeed(event)}>
        <label htmlFor={`${ids}-feed`}>Subscribe to a calendar address</label>
        <div className="row">
          <input
            id={`${ids}-feed`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://… or webcal://…"
            aria-describedby={`${ids}-feed-help`}
            value={feedInput}
            onChange={(event) => setFeedInput(event.target.value)}
          />
          <button type="submit" className="primary" disabled={addingFeed}>
            {addingFeed ? 'Subscribing…' : 'Subscribe'}
          </button>
        </div>
        <p id={`${ids}-feed-help`} className="muted hint">
          Google Calendar: Settings → your calendar → “Secret address in iCal format”. Outlook: Settings → Shared
          calendars → Publish → ICS link. iCloud: share the calendar publicly and copy its webcal:// link. Your browser
          asks once to let Someday read that site.
        </p>
      </form>

      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {/* Announced politely, but not role="status": the options page has one status region, the availability editor's. */}
      <p className="status" aria-live="polite" data-testid="calendar-status">
        {status}
        {removed && (
          <>
            {' '}
            <button type="button" onClick={() => void undoRemove()}>
              Undo
            </button>
          </>
        )}
      </p>

      {loaded && stored.length > 0 && (
        <ul className="calendar-list" aria-label="Your calendars">
          {stored.map((calendar) => {
            const feed = calendar.source.kind === 'feed' ? calendar.source : null;
            return (
              <li key={calendar.id} className="calendar" aria-label={calendar.name}>
                <div className="row">
                  <span>
                    <strong>{calendar.name}</strong>{' '}
                    <span className="muted">{feed ? new URL(feed.url).host : calendar.source.kind === 'file' ? calendar.source.fileName : ''}</span>
                  </span>
                  <span className="row">
                    {feed && (
                      <button type="button" disabled={busyIds.has(calendar.id)} onClick={() => void refresh(calendar)} aria-label={`Refresh ${calendar.name} now`}>
                        {busyIds.has(calendar.id) ? 'Refreshing…' : 'Refresh now'}
                      </button>
                    )}
                    <button type="button" onClick={() => void remove(calendar)} aria-label={`Remove ${calendar.name}`}>
                      Remove
                    </button>
                  </span>
                </div>
                <p className="muted calendar-facts" data-testid="calendar-facts">
                  {plural(calendar.busy.length, 'busy time', 'busy times')}
                  {calendar.readAt !== null && ` · ${feed ? 'last refreshed' : 'imported'} ${formatWhen(calendar.readAt)}`}
                  {` · covers until ${formatDay(calendar.coversUntil)}`}
                  {!feed && ' (import it again to look further ahead)'}
                </p>
                {calendar.lastError && (
                  <p className="error" data-testid="calendar-error">
                    Refresh failed {formatWhen(calendar.lastError.at)}: {calendar.lastError.message} Using the busy times
                    from the last good refresh.
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {loaded && stored.length === 0 && <p className="muted">No calendars yet.</p>}

      <label className="field">
        <span>Check subscribed calendars every</span>
        <select
          value={refreshSettings.refreshMinutes}
          onChange={(event) => void saveRefreshSettings({ ...refreshSettings, refreshMinutes: Number(event.target.value) })}
        >
          {REFRESH_CHOICES_MINUTES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {everyLabel(minutes)}
            </option>
          ))}
        </select>
      </label>

      <p className="muted" data-testid="calendar-storage">
        Stored on this device: {plural(stored.length, 'calendar', 'calendars')}, {plural(totalBusy, 'busy time', 'busy times')}
        {bytes !== null && `, ${formatBytes(bytes)} of the browser’s 10 MB for extensions`}.
      </p>
    </div>
  );
}
