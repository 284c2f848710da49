/**
 * The options page's Calendars section: import an .ics file (picker or drop), subscribe to a feed
 * address, see what is stored and when each calendar was last read, refresh, remove with undo.
 * An http or home-network address is subscribed to only after the person confirms it; a feed
 * whose site Someday may not read (restored from a backup, or taken back in the browser's
 * settings) says so and offers "Allow". Every error is worded here from its problem code.
 */
import { useEffect, useId, useState, type DragEvent, type FormEvent, type ReactElement } from 'react';
import { browser } from 'wxt/browser';
import {
  CALENDAR_MAX_BYTES,
  REFRESH_CHOICES_MINUTES,
  calendarProblemSchema,
  checkFeedAddress,
  importCalendarFile,
  originPattern,
  problemOf,
  removeCalendar,
  restoreCalendar,
  type CalendarProblem,
  type CalendarResult,
  type FeedConfirmation,
} from '../extension/calendars';
import { t } from '../extension/i18n';
import { sendMessage } from '../extension/messages';
import { calendarsBytesInUse } from '../extension/storage';
import type { CalendarSettings, StoredCalendar } from '../core/stored-calendars';
import type { StorageStore } from '../extension/stores';
import { useStorageStore } from './useStorageStore';

/** What the section does to the world; the options page uses the browser's, tests their own. */
export interface CalendarActions {
  importFile: (file: { text: string; fileName: string }) => Promise<CalendarResult>;
  /** Must be called straight from a click or submit: browsers grant host permissions only on a user gesture. */
  requestOrigin: (pattern: string) => Promise<boolean>;
  hasOrigin: (pattern: string) => Promise<boolean>;
  addFeed: (url: string) => Promise<CalendarResult>;
  refresh: (id: string) => Promise<CalendarResult>;
  remove: (id: string) => Promise<StoredCalendar | null>;
  restore: (calendar: StoredCalendar, index: number) => Promise<void>;
  bytesInUse: () => Promise<number>;
}

export const browserCalendarActions: CalendarActions = {
  importFile: (file) => importCalendarFile(file),
  requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
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

/** An address waiting for the person to confirm it is plain http or on their home network. */
interface PendingConfirmation {
  url: URL;
  confirm: FeedConfirmation[];
}

/** The browser's interface language, for dates and numbers; the runtime default where it cannot tell. */
function language(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined; // outside an extension page (unit tests)
  }
}

const decimal = (value: number, fractionDigits: number) => value.toLocaleString(language(), { maximumFractionDigits: fractionDigits });

const megabytes = (bytes: number) => t('calMegabytes', decimal(bytes / 1024 / 1024, 1));

function formatBytes(bytes: number): string {
  if (bytes < 1024) return t('calBytes', decimal(bytes, 0));
  if (bytes < 1024 * 1024) return t('calKilobytes', decimal(bytes / 1024, 1));
  return megabytes(bytes);
}

function formatWhen(ms: number): string {
  return new Date(ms).toLocaleString(language(), { dateStyle: 'medium', timeStyle: 'short' });
}

function formatDay(ms: number): string {
  return new Date(ms).toLocaleDateString(language(), { dateStyle: 'medium' });
}

function isOne(count: number): boolean {
  try {
    return new Intl.PluralRules(language()).select(count) === 'one';
  } catch {
    return count === 1;
  }
}

const busyTimes = (count: number) => t(isOne(count) ? 'calBusyTimesOne' : 'calBusyTimesMany', decimal(count, 0));
const calendarCount = (count: number) => t(isOne(count) ? 'calCalendarsOne' : 'calCalendarsMany', decimal(count, 0));

function everyLabel(minutes: number): string {
  if (minutes < 60) return t('calEveryMinutes', decimal(minutes, 0));
  if (minutes === 60) return t('calEveryHour');
  if (minutes === 1440) return t('calEveryDay');
  return t('calEveryHours', decimal(minutes / 60, 1));
}

/** A calendar problem in the person's language, with its specifics (host, status, limit) filled in. */
export function describeProblem(problem: CalendarProblem): string {
  switch (problem.code) {
    case 'address-empty':
      return t('calErrAddressEmpty');
    case 'address-invalid':
      return t('calErrAddressInvalid', problem.text);
    case 'address-scheme':
      return t('calErrAddressScheme', problem.scheme);
    case 'address-credentials':
      return t('calErrAddressCredentials');
    case 'address-refused':
      if (problem.reason === 'loopback') return t('calErrAddressLoopback', problem.host);
      return t(problem.reason === 'link-local' ? 'calErrAddressLinkLocal' : 'calErrAddressReserved', problem.host);
    case 'already-subscribed':
      return t('calAlreadySubscribed', problem.name);
    case 'feed-no-permission':
      return t('calErrNoPermission', problem.host);
    case 'feed-unreachable':
      return t('calErrUnreachable', problem.host);
    case 'feed-timeout':
      return t('calErrTimeout', problem.host, decimal(problem.seconds, 0));
    case 'feed-http':
      return t(problem.hint ? 'calErrHttpAddress' : 'calErrHttp', problem.host, problem.status);
    case 'feed-redirect':
      return t('calErrRedirect', problem.host);
    case 'feed-too-large':
      return problem.bytes === null
        ? t('calErrFeedTooLargeStreamed', megabytes(problem.limitBytes))
        : t('calErrFeedTooLarge', megabytes(problem.bytes), megabytes(problem.limitBytes));
    case 'feed-not-calendar':
      return t('calErrFeedNotCalendar', problem.host);
    case 'not-icalendar':
      return t('calErrNotICalendar');
    case 'truncated':
      return t('calErrTruncated');
    case 'too-large':
      return t('calErrTooLarge', megabytes(problem.limitBytes));
    case 'unknown-time-zone':
      if (problem.yours) return t('calErrYourZone', problem.zone ?? '');
      return problem.zone ? t('calErrFileZone', problem.zone) : t('calErrFileZoneUnnamed');
    case 'time-zone-rule':
      return t('calErrZoneRule', problem.zone);
    case 'invalid-rule':
      return problem.event ? t('calErrInvalidRule', problem.event) : t('calErrInvalidRuleUnnamed');
    case 'unsupported-rule':
      return problem.event ? t('calErrUnsupportedRule', problem.event) : t('calErrUnsupportedRuleUnnamed');
    case 'too-many-occurrences':
      return t('calErrTooManyOccurrences', decimal(problem.limit, 0));
    case 'too-many-dates':
      return t('calErrTooManyDates', decimal(problem.count, 0), decimal(problem.limit, 0));
    case 'unreadable':
      return problem.line === null ? t('calErrUnreadable') : t('calErrUnreadableLine', decimal(problem.line, 0));
    case 'invalid-range':
      return t('calErrInvalidRange');
    case 'too-slow':
      return t('calErrTooSlow', decimal(problem.seconds, 0));
    case 'storage-full':
      return t('calErrStorageFull', megabytes(problem.bytes), megabytes(problem.budgetBytes));
    case 'calendar-removed':
      return t('calErrRemoved');
    case 'file-not-refreshable':
      return t('calErrFileNotRefreshable');
    case 'unexpected':
      return t('calErrUnexpectedBare');
  }
}

/** A failed result's reason: worded here when it carries a problem, else its own (English) text. */
const reasonOf = (result: { error: string; problem?: CalendarProblem }) => (result.problem ? describeProblem(result.problem) : result.error);

/** Anything thrown here (storage refused, the background did not answer), worded by its problem, never its own text. */
const describeCaught = (caught: unknown) => describeProblem(problemOf(caught));

/**
 * A feed's last error: worded from its stored problem. Entries stored before problems were kept
 * show their English text, except those that carried an error's own text ("Something went wrong: …").
 */
function lastErrorText(lastError: NonNullable<StoredCalendar['lastError']>): string {
  const problem = calendarProblemSchema.safeParse(lastError.problem);
  if (problem.success) return describeProblem(problem.data);
  return lastError.message.startsWith('Something went wrong') ? t('calErrUnexpectedBare') : lastError.message;
}

function confirmationText({ url, confirm }: PendingConfirmation): string {
  const http = confirm.includes('http');
  const home = confirm.includes('private');
  if (http && home) return t('calConfirmHttpPrivate', url.host);
  return t(http ? 'calConfirmHttp' : 'calConfirmPrivate', url.host);
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
  const [pending, setPending] = useState<PendingConfirmation | null>(null);
  /** Feed origins Someday may not read now; looked up again whenever the stored list changes. */
  const [ungranted, setUngranted] = useState<ReadonlySet<string>>(new Set());
  const ids = useId();

  useEffect(() => {
    let current = true;
    const patterns = [...new Set(stored.flatMap((calendar) => (calendar.source.kind === 'feed' ? [originPattern(calendar.source.url)] : [])))];
    void Promise.all(patterns.map(async (pattern) => ((await actions.hasOrigin(pattern).catch(() => false)) ? null : pattern))).then(
      (missing) => current && setUngranted(new Set(missing.filter((pattern): pattern is string => pattern !== null))),
    );
    return () => {
      current = false;
    };
  }, [actions, stored]);

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
    setPending(null);
  };

  const importFiles = async (files: readonly File[]) => {
    startAction();
    if (files.length === 0) return;
    setImporting(true);
    const done: string[] = [];
    try {
      for (const file of files) {
        if (file.size > CALENDAR_MAX_BYTES) {
          setError(t('calFileTooLarge', file.name, megabytes(file.size), megabytes(CALENDAR_MAX_BYTES)));
          return;
        }
        const result = await actions.importFile({ text: await file.text(), fileName: file.name });
        if (!result.ok) {
          setError(t('calFileNotImported', file.name, reasonOf(result)));
          return;
        }
        done.push(t('calImportedItem', result.calendar.name, busyTimes(result.calendar.busy.length)));
      }
    } catch (caught) {
      problemOf(caught); // logged there; the file itself could not be read (removed, unreadable on disk)
      setError(t('calFileUnreadable'));
    } finally {
      if (done.length > 0) setStatus(t('calImported', done.join(', ')));
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
    let address: PendingConfirmation;
    try {
      address = checkFeedAddress(feedInput);
    } catch (caught) {
      setError(describeCaught(caught));
      return;
    }
    const { url } = address;
    const twin = stored.find((calendar) => calendar.source.kind === 'feed' && calendar.source.url === url.href);
    if (twin) {
      setError(t('calAlreadySubscribed', twin.name));
      return;
    }
    // Plain http and home-network addresses wait for "Subscribe anyway"; the grant follows that click.
    if (address.confirm.length > 0) {
      setPending(address);
      return;
    }
    await subscribe(url);
  };

  /** Asks for the origin (this must run in the click or submit itself) and has the background add the feed. */
  const subscribe = async (url: URL) => {
    // Asked here and nowhere else: the browser shows its prompt only for a click the person just made.
    const asking = actions.requestOrigin(originPattern(url));
    setPending(null);
    setAddingFeed(true);
    try {
      if (!(await asking)) {
        setError(t('calPermissionToAdd', url.host));
        return;
      }
      const result = await actions.addFeed(url.href);
      if (!result.ok) {
        setError(t('calNotAdded', reasonOf(result)));
        return;
      }
      setFeedInput('');
      setStatus(t('calSubscribed', result.calendar.name, busyTimes(result.calendar.busy.length)));
    } catch (caught) {
      setError(t('calNotAddedBecause', describeCaught(caught)));
    } finally {
      setAddingFeed(false);
    }
  };

  /** A feed whose site Someday may not read: the person allows it (the prompt needs this click), then it is read at once. */
  const allow = async (calendar: StoredCalendar, url: URL) => {
    startAction();
    const asking = actions.requestOrigin(originPattern(url));
    try {
      if (!(await asking)) {
        setError(t('calPermissionToAllow', url.host));
        return;
      }
      setUngranted((patterns) => {
        const next = new Set(patterns);
        next.delete(originPattern(url));
        return next;
      });
    } catch (caught) {
      setError(t('calRefreshErrorBecause', calendar.name, describeCaught(caught)));
      return;
    }
    await refresh(calendar, false);
  };

  const refresh = async (calendar: StoredCalendar, fresh = true) => {
    if (fresh) startAction();
    setBusyIds((ids) => new Set(ids).add(calendar.id));
    try {
      const result = await actions.refresh(calendar.id);
      if (result.ok) setStatus(t('calRefreshed', result.calendar.name));
      else setError(t('calRefreshError', calendar.name, reasonOf(result)));
    } catch (caught) {
      setError(t('calRefreshErrorBecause', calendar.name, describeCaught(caught)));
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
        setStatus(t('calRemoved', gone.name));
      }
    } catch (caught) {
      setError(t('calRemoveError', calendar.name, describeCaught(caught)));
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
        setError(t('calPermissionToRestore', new URL((source as { url: string }).url).host));
        return;
      }
      await actions.restore(calendar, index);
      setRemoved(null);
      setStatus(t('calRestored', calendar.name));
    } catch (caught) {
      setError(t('calRestoreError', calendar.name, describeCaught(caught)));
    }
  };

  const totalBusy = stored.reduce((sum, calendar) => sum + calendar.busy.length, 0);

  return (
    <div className="calendars">
      <p className="muted">{t('calIntro')}</p>

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
          <strong>{t('calDropTitle')}</strong> <span className="muted">{t('calDropHint', megabytes(CALENDAR_MAX_BYTES))}</span>
        </p>
        <label className="file-button">
          <span>{t('calChooseFile')}</span>
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
        <label htmlFor={`${ids}-feed`}>{t('calFeedLabel')}</label>
        <div className="row">
          <input
            id={`${ids}-feed`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('calFeedPlaceholder')}
            aria-describedby={`${ids}-feed-help`}
            value={feedInput}
            onChange={(event) => setFeedInput(event.target.value)}
          />
          <button type="submit" className="primary" disabled={addingFeed}>
            {addingFeed ? t('calSubscribing') : t('calSubscribe')}
          </button>
        </div>
        <p id={`${ids}-feed-help`} className="muted hint">
          {t('calFeedHelp')}
        </p>
      </form>

      {pending && (
        <div className="confirm" role="alert" data-testid="calendar-confirm">
          <p>{confirmationText(pending)}</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => void subscribe(pending.url)}>
              {t('calSubscribeAnyway')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('calCancel')}
            </button>
          </div>
        </div>
      )}

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
              {t('calUndo')}
            </button>
          </>
        )}
      </p>

      {loaded && stored.length > 0 && (
        <ul className="calendar-list" aria-label={t('calListLabel')}>
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
                      <button type="button" disabled={busyIds.has(calendar.id)} onClick={() => void refresh(calendar)} aria-label={t('calRefreshNamed', calendar.name)}>
                        {busyIds.has(calendar.id) ? t('calRefreshing') : t('calRefreshNow')}
                      </button>
                    )}
                    <button type="button" onClick={() => void remove(calendar)} aria-label={t('calRemoveNamed', calendar.name)}>
                      {t('calRemove')}
                    </button>
                  </span>
                </div>
                <p className="muted calendar-facts" data-testid="calendar-facts">
                  {busyTimes(calendar.busy.length)}
                  {calendar.readAt !== null && ` · ${t(feed ? 'calLastRefreshed' : 'calImportedOn', formatWhen(calendar.readAt))}`}
                  {` · ${t('calCoversUntil', formatDay(calendar.coversUntil))}`}
                  {!feed && ` ${t('calImportAgainHint')}`}
                </p>
                {feed && ungranted.has(originPattern(feed.url)) && <FeedAccess calendar={calendar} url={feed.url} onAllow={allow} />}
                {calendar.lastError && (
                  <p className="error" data-testid="calendar-error">
                    {t('calLastErrorShown', formatWhen(calendar.lastError.at), lastErrorText(calendar.lastError))}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {loaded && stored.length === 0 && <p className="muted">{t('calNone')}</p>}

      <label className="field">
        <span>{t('calRefreshEvery')}</span>
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
        {bytes === null
          ? t('calStorage', calendarCount(stored.length), busyTimes(totalBusy))
          : t('calStorageBytes', calendarCount(stored.length), busyTimes(totalBusy), formatBytes(bytes))}
      </p>
    </div>
  );
}

/**
 * What a feed Someday may not read shows: why, what allowing means for an http or home-network
 * address, and "Allow" (or, for an address Someday never reads, only why).
 */
function FeedAccess({ calendar, url, onAllow }: { calendar: StoredCalendar; url: string; onAllow: (calendar: StoredCalendar, url: URL) => Promise<void> }): ReactElement {
  let address: PendingConfirmation;
  try {
    address = checkFeedAddress(url);
  } catch (caught) {
    return (
      <p className="error" data-testid="calendar-permission">
        {describeCaught(caught)}
      </p>
    );
  }
  const { host } = address.url;
  return (
    <p className="error" data-testid="calendar-permission">
      {t('calWaitsForPermission', host)} {address.confirm.length > 0 && `${confirmationText(address)} `}
      <button type="button" onClick={() => void onAllow(calendar, address.url)} aria-label={t('calAllowSiteNamed', host, calendar.name)}>
        {t('calAllowSite', host)}
      </button>
    </p>
  );
}
