import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORED } from '../../extension/storage';
import { openStore, busyFromCalendars } from '../../extension/stores';
import { defaultAvailability } from '../../core/availability-settings';
import { type StoredCalendar } from '../../core/stored-calendars';
import {
  CALENDAR_MAX_BYTES,
  REFRESH_ALARM,
  addFeed,
  calendarNameFromIcs,
  importCalendarFile,
  mergeBusy,
  readStoredCalendars,
  refreshAllCalendars,
  refreshCalendar,
  refreshStaleCalendars,
  removeCalendar,
  restoreCalendar,
  scheduleCalendarRefresh,
  startCalendarRefresh,
  toFeedUrl,
  updateCalendars,
} from '../../extension/calendars';

const NOW = new Date('2026-03-02T12:00:00Z');
const HOUR = 3_600_000;
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../calendar/fixtures/${name}`, import.meta.url)), 'utf8');
const wrap = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Someday//Tests//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** A calendar with one event per [start, end] pair, in UTC. */
const eventsIcs = (events: [Date, Date][], name = 'Team') =>
  wrap(
    `X-WR-CALNAME:${name}`,
    ...events.flatMap(([start, end], index) => [
      'BEGIN:VEVENT',
      `UID:event-${index}@someday.test`,
      `DTSTART:${stamp(start)}`,
      `DTEND:${stamp(end)}`,
      'END:VEVENT',
    ]),
  );
const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * HOUR);

const FEED = 'https://calendar.google.com/calendar/ical/someone%40example.com/private-abc/basic.ics';

function feedCalendar(overrides: Partial<StoredCalendar> = {}): StoredCalendar {
  return {
    id: 'feed-1',
    name: 'Work',
    source: { kind: 'feed', url: FEED },
    busy: [[at(5).getTime(), at(6).getTime()]],
    coversFrom: at(-24).getTime(),
    coversUntil: at(60 * 24).getTime(),
    readAt: at(-3).getTime(),
    lastError: null,
    ...overrides,
  };
}

function fileCalendar(overrides: Partial<StoredCalendar> = {}): StoredCalendar {
  return {
    ...feedCalendar(),
    id: 'file-1',
    name: 'Home',
    source: { kind: 'file', fileName: 'home.ics' },
    ...overrides,
  };
}

let fetchMock: ReturnType<typeof vi.fn>;
let granted: Set<string>;

beforeEach(async () => {
  fakeBrowser.reset();
  await STORED.availability.item.setValue({ ...defaultAvailability(), timeZone: 'America/New_York' });
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  granted = new Set();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    for (const origin of origins) granted.delete(origin);
    return true;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const calendarResponse = (body: string, init: ResponseInit = {}) => new Response(body, { status: 200, ...init });

describe('toFeedUrl', () => {
  test.each([
    ['webcal://p52-caldav.icloud.com/published/2/MTIzNDU2', 'https://p52-caldav.icloud.com/published/2/MTIzNDU2'],
    ['WEBCAL://p52-caldav.icloud.com/published/2/x', 'https://p52-caldav.icloud.com/published/2/x'],
    ['webcals://example.com/cal.ics', 'https://example.com/cal.ics'],
    ['  https://outlook.office365.com/owa/calendar/abc/def/reachcalendar.ics  ', 'https://outlook.office365.com/owa/calendar/abc/def/reachcalendar.ics'],
    ['http://intranet.example/cal.ics#top', 'http://intranet.example/cal.ics'],
  ])('%s → %s', (input, expected) => {
    expect(toFeedUrl(input).href).toBe(expected);
  });

  test.each([
    ['', 'Paste the calendar’s iCal address first.'],
    ['my calendar', 'is not a web address'],
    ['ftp://example.com/cal.ics', 'not ftp://'],
    ['file:///home/me/cal.ics', 'not file://'],
  ])('%j is refused with a readable reason', (input, message) => {
    expect(() => toFeedUrl(input)).toThrow(message);
  });
});

describe('mergeBusy', () => {
  const range = { start: at(0), end: at(100) };
  test('sorts, merges overlapping and touching times, clips to the range', () => {
    const merged = mergeBusy(
      [
        { start: at(10), end: at(12) },
        { start: at(-5), end: at(1) },
        { start: at(11), end: at(13) },
        { start: at(13), end: at(14) },
        { start: at(20), end: at(21) },
        { start: at(99), end: at(120) },
        { start: at(150), end: at(160) },
      ],
      range,
    );
    expect(merged).toEqual([
      [at(0).getTime(), at(1).getTime()],
      [at(10).getTime(), at(14).getTime()],
      [at(20).getTime(), at(21).getTime()],
      [at(99).getTime(), at(100).getTime()],
    ]);
  });
});

describe('calendarNameFromIcs', () => {
  test.each([
    [wrap('X-WR-CALNAME:Work'), 'Work'],
    [wrap('X-WR-CALNAME;VALUE=TEXT:Family\\, friends'), 'Family, friends'],
    [wrap('X-WR-CALNAME:A very long', ' name folded'), 'A very longname folded'],
    [wrap('X-WR-CALNAME:  '), null],
    [wrap(), null],
  ])('%#', (ics, expected) => {
    expect(calendarNameFromIcs(ics)).toBe(expected);
  });
});

describe('importing a file', () => {
  test('stores the merged busy times over the coming weeks and names the calendar from X-WR-CALNAME', async () => {
    const ics = eventsIcs([
      [at(5), at(6)],
      [at(5.5), at(7)],
      [at(24 * 70), at(24 * 70 + 1)], // beyond the 60 days read
    ]);
    const result = await importCalendarFile({ text: ics, fileName: 'team.ics' }, NOW);
    expect(result.ok).toBe(true);
    const [stored] = await readStoredCalendars();
    expect(stored).toMatchObject({
      name: 'Team',
      source: { kind: 'file', fileName: 'team.ics' },
      busy: [[at(5).getTime(), at(7).getTime()]],
      coversFrom: at(-24).getTime(),
      coversUntil: at(60 * 24).getTime(),
      readAt: NOW.getTime(),
      lastError: null,
    });
  });

  test('a file with no name is named after the file', async () => {
    const ics = wrap('BEGIN:VEVENT', 'UID:x', `DTSTART:${stamp(at(3))}`, `DTEND:${stamp(at(4))}`, 'END:VEVENT');
    const result = await importCalendarFile({ text: ics, fileName: 'Dentist.ics' }, NOW);
    expect(result.ok && result.calendar.name).toBe('Dentist');
  });

  test('the Google export reads its recurring events in the person’s zone', async () => {
    const result = await importCalendarFile({ text: fixture('google.ics'), fileName: 'google.ics' }, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.calendar.name).toBe('Work');
    expect(result.calendar.busy).toContainEqual([Date.parse('2026-03-05T20:00:00Z'), Date.parse('2026-03-05T21:00:00Z')]);
  });

  test('a rule with no end is read only over the coming weeks', async () => {
    const ics = wrap(
      'BEGIN:VEVENT', 'UID:daily', 'DTSTART:20200101T070000Z', 'DTEND:20200101T080000Z', 'RRULE:FREQ=DAILY', 'END:VEVENT',
    );
    const result = await importCalendarFile({ text: ics, fileName: 'daily.ics' }, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.calendar.busy.length).toBeGreaterThanOrEqual(60);
    expect(result.calendar.busy.length).toBeLessThanOrEqual(62);
  });

  const before = [fileCalendar(), feedCalendar()];
  test.each([
    ['text that is not iCalendar', () => 'Subject: lunch\n\nSee you Tuesday!', undefined, 'not an iCalendar (.ics) file'],
    ['a truncated file', () => eventsIcs([[at(5), at(6)]]).slice(0, -30), undefined, 'cut off'],
    ['a file over the size limit', () => `BEGIN:VCALENDAR\r\n${'X'.repeat(CALENDAR_MAX_BYTES)}`, undefined, 'over the 10 MB limit'],
    ['a zone the file names but never describes', () => wrap('BEGIN:VEVENT', 'UID:z', 'DTSTART;TZID=Nowhere Standard Time:20260303T090000', 'DTEND;TZID=Nowhere Standard Time:20260303T100000', 'END:VEVENT'), undefined, 'does not recognise'],
  ])('%s: a readable error, and the stored calendars stay exactly as they were', async (_name, text, zone, message) => {
    await STORED.calendars.item.setValue(before);
    if (zone) await STORED.availability.item.setValue({ ...defaultAvailability(), timeZone: zone });
    const result = await importCalendarFile({ text: text(), fileName: 'broken.ics' }, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
    expect(await STORED.calendars.item.getValue()).toEqual(before);
  });

  test('a stored zone this browser does not know is not used: the file is read in the browser’s zone', async () => {
    await STORED.calendars.item.setValue(before);
    await STORED.availability.item.setValue({ ...defaultAvailability(), timeZone: 'Mars/Olympus_Mons' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await importCalendarFile({ text: eventsIcs([[at(5), at(6)]]), fileName: 'plain.ics' }, NOW);
    warn.mockRestore();
    expect(result.ok).toBe(true);
    const stored = await STORED.calendars.item.getValue();
    expect(stored.slice(0, before.length)).toEqual(before);
    expect(stored).toHaveLength(before.length + 1);
  });

  test('busy times that would not fit the storage budget are refused and nothing is written', async () => {
    await STORED.calendars.item.setValue(before);
    const huge = fileCalendar({ id: 'huge', busy: Array.from({ length: 400_000 }, (_, i) => [NOW.getTime() + i * 10, NOW.getTime() + i * 10 + 5]) });
    await expect(updateCalendars((calendars) => [...calendars, huge])).rejects.toThrow(/over the 8 MB Someday keeps/);
    expect(await STORED.calendars.item.getValue()).toEqual(before);
  });
});

describe('subscribing to a feed', () => {
  test('with the origin granted: fetched once, read, and stored with the feed’s name', async () => {
    granted.add('https://calendar.google.com/*');
    fetchMock.mockResolvedValue(calendarResponse(eventsIcs([[at(30), at(31)]], 'Work')));
    const result = await addFeed(FEED, () => NOW);
    expect(result).toMatchObject({ ok: true, calendar: { name: 'Work', source: { kind: 'feed', url: FEED } } });
    expect(fetchMock).toHaveBeenCalledWith(FEED, expect.objectContaining({ credentials: 'omit' }));
    expect((await readStoredCalendars())[0]!.busy).toEqual([[at(30).getTime(), at(31).getTime()]]);
  });

  test('a webcal:// address is fetched over https', async () => {
    granted.add('https://p52-caldav.icloud.com/*');
    fetchMock.mockResolvedValue(calendarResponse(eventsIcs([], 'Home')));
    const result = await addFeed('webcal://p52-caldav.icloud.com/published/2/abc', () => NOW);
    expect(result.ok).toBe(true);
    expect(fetchMock).toHaveBeenCalledWith('https://p52-caldav.icloud.com/published/2/abc', expect.anything());
  });

  test('without the origin granted: nothing is fetched or stored', async () => {
    const result = await addFeed(FEED, () => NOW);
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('does not have permission to read calendar.google.com'),
      problem: { code: 'feed-no-permission', host: 'calendar.google.com' },
    });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await readStoredCalendars()).toEqual([]);
  });

  test.each([
    ['unreachable', () => Promise.reject(new TypeError('Failed to fetch')), 'Could not reach calendar.google.com'],
    ['404', () => Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' })), '“404 Not Found”'],
    ['an HTML page', () => Promise.resolve(calendarResponse('<!doctype html><title>Sign in</title>')), 'did not send a calendar (.ics)'],
  ])('a feed that is %s is not added and its permission is given back', async (_name, respond, message) => {
    granted.add('https://calendar.google.com/*');
    fetchMock.mockImplementation(respond);
    const result = await addFeed(FEED, () => NOW);
    expect(!result.ok && result.error).toContain(message);
    expect(await readStoredCalendars()).toEqual([]);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://calendar.google.com/*'] });
  });

  test('the same address twice is refused', async () => {
    await STORED.calendars.item.setValue([feedCalendar()]);
    const result = await addFeed(FEED, () => NOW);
    expect(!result.ok && result.error).toContain('already subscribe');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('refreshing a feed', () => {
  beforeEach(() => {
    granted.add('https://calendar.google.com/*');
    granted.add('https://example.com/*');
  });

  test('success replaces the busy times, re-read over the coming weeks, and clears the last error', async () => {
    const later = at(2);
    await STORED.calendars.item.setValue([feedCalendar({ lastError: { message: 'old', at: at(-1).getTime() } })]);
    fetchMock.mockResolvedValue(
      calendarResponse(
        wrap('BEGIN:VEVENT', 'UID:weekly', 'DTSTART:20250106T170000Z', 'DTEND:20250106T180000Z', 'RRULE:FREQ=WEEKLY', 'END:VEVENT'),
      ),
    );
    const result = await refreshCalendar('feed-1', () => later);
    expect(result.ok).toBe(true);
    const [stored] = await readStoredCalendars();
    expect(stored!.lastError).toBeNull();
    expect(stored!.readAt).toBe(later.getTime());
    expect(stored!.coversUntil).toBe(later.getTime() + 60 * 24 * HOUR);
    expect(stored!.busy.length).toBeGreaterThanOrEqual(8); // weekly, expanded again from the refresh time
    expect(stored!.busy.every(([start]) => new Date(start).getUTCDay() === 1)).toBe(true);
  });

  test.each([
    ['unreachable', () => Promise.reject(new TypeError('Failed to fetch')), 'Could not reach calendar.google.com'],
    ['failing with 500', () => Promise.resolve(new Response('', { status: 500, statusText: 'Internal Server Error' })), '“500 Internal Server Error”'],
    ['truncated', () => Promise.resolve(calendarResponse(eventsIcs([[at(1), at(2)]]).slice(0, -40))), 'cut off'],
  ])('a feed that is %s keeps its last good busy times and records the error with its time', async (_name, respond, message) => {
    const good = feedCalendar();
    await STORED.calendars.item.setValue([good, fileCalendar()]);
    fetchMock.mockImplementation(respond);
    const result = await refreshCalendar('feed-1', () => at(2));
    expect(!result.ok && result.error).toContain(message);
    const [stored, other] = await readStoredCalendars();
    expect(stored).toEqual({ ...good, lastError: { message: expect.stringContaining(message), at: at(2).getTime(), problem: expect.any(Object) } });
    expect(other).toEqual(fileCalendar());
  });

  test('an imported file cannot be refreshed, and says why', async () => {
    await STORED.calendars.item.setValue([fileCalendar()]);
    const result = await refreshCalendar('file-1');
    expect(!result.ok && result.error).toContain('import a new copy');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('refreshing all fetches each feed once and drops imported busy times that ended over a day ago', async () => {
    await STORED.calendars.item.setValue([
      feedCalendar(),
      fileCalendar({ busy: [[at(-50).getTime(), at(-49).getTime()], [at(5).getTime(), at(6).getTime()]] }),
    ]);
    fetchMock.mockResolvedValue(calendarResponse(eventsIcs([[at(8), at(9)]])));
    await refreshAllCalendars(() => NOW);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [feed, file] = await readStoredCalendars();
    expect(feed!.busy).toEqual([[at(8).getTime(), at(9).getTime()]]);
    expect(file!.busy).toEqual([[at(5).getTime(), at(6).getTime()]]);
  });

  test('on startup only feeds not read within one period are fetched', async () => {
    await STORED.calendars.item.setValue([
      feedCalendar({ id: 'fresh', readAt: at(-1).getTime() }),
      feedCalendar({ id: 'stale', readAt: at(-3).getTime(), source: { kind: 'feed', url: 'https://example.com/stale.ics' } }),
    ]);
    fetchMock.mockResolvedValue(calendarResponse(eventsIcs([])));
    await refreshStaleCalendars(() => NOW);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('https://example.com/stale.ics', expect.anything());
  });
});

describe('removing a calendar', () => {
  test('the last feed on an origin gives back its host permission; undo puts it back in place', async () => {
    granted.add('https://calendar.google.com/*');
    await STORED.calendars.item.setValue([fileCalendar(), feedCalendar()]);
    const removed = await removeCalendar('feed-1');
    expect(removed).toEqual(feedCalendar());
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://calendar.google.com/*'] });
    expect(await readStoredCalendars()).toEqual([fileCalendar()]);
    await restoreCalendar(removed!, 1);
    expect(await readStoredCalendars()).toEqual([fileCalendar(), feedCalendar()]);
  });

  test('a feed that shares its origin with another keeps the permission', async () => {
    const sibling = feedCalendar({ id: 'feed-2', source: { kind: 'feed', url: `${FEED}?other` } });
    await STORED.calendars.item.setValue([feedCalendar(), sibling]);
    await removeCalendar('feed-1');
    expect(fakeBrowser.permissions.remove).not.toHaveBeenCalled();
    expect(await readStoredCalendars()).toEqual([sibling]);
  });

  test('an imported file touches no permission', async () => {
    await STORED.calendars.item.setValue([fileCalendar()]);
    await removeCalendar('file-1');
    expect(fakeBrowser.permissions.remove).not.toHaveBeenCalled();
    expect(await readStoredCalendars()).toEqual([]);
  });
});

describe('the refresh alarm', () => {
  test('is every 2 hours by default, and scheduling again leaves it alone', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    await scheduleCalendarRefresh();
    const first = await fakeBrowser.alarms.get(REFRESH_ALARM);
    expect(first).toMatchObject({ periodInMinutes: 120, scheduledTime: NOW.getTime() + 120 * 60_000 });
    vi.setSystemTime(at(1));
    await scheduleCalendarRefresh();
    await scheduleCalendarRefresh();
    expect(await fakeBrowser.alarms.getAll()).toEqual([first]);
  });

  test('follows the stored period when it changes', async () => {
    await scheduleCalendarRefresh();
    await STORED.calendarSettings.item.setValue({ refreshMinutes: 30 });
    await scheduleCalendarRefresh();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.periodInMinutes).toBe(30);
  });

  test('the background registers it on start and refreshes the feeds when it fires', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    granted.add('https://calendar.google.com/*');
    await STORED.calendars.item.setValue([feedCalendar()]);
    fetchMock.mockResolvedValue(calendarResponse(eventsIcs([[at(40), at(41)]])));
    const stop = startCalendarRefresh();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeDefined());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: Date.now(), periodInMinutes: 120, persistAcrossSessions: true });
    await vi.waitFor(async () => expect((await readStoredCalendars())[0]!.busy).toEqual([[at(40).getTime(), at(41).getTime()]]));
    stop();
  });

  test('a new period saved from the options page reschedules it', async () => {
    const stop = startCalendarRefresh();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeDefined());
    await STORED.calendarSettings.item.setValue({ refreshMinutes: 360 });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(360));
    stop();
  });
});

describe('busy times for the engine', () => {
  test('all calendars’ pairs as sorted intervals, worked out once per stored value', () => {
    const calendars = [
      feedCalendar({ busy: [[at(9).getTime(), at(10).getTime()]] }),
      fileCalendar({ busy: [[at(2).getTime(), at(3).getTime()]] }),
    ];
    const busy = busyFromCalendars(calendars);
    expect(busy).toEqual([
      { start: at(2), end: at(3) },
      { start: at(9), end: at(10) },
    ]);
    expect(busyFromCalendars(calendars)).toBe(busy);
  });

  test('a change that lands while the store’s first read is on its way is not overwritten by that read', async () => {
    const store = openStore('calendars');
    await STORED.calendars.item.setValue([feedCalendar()]);
    await store.ready;
    await vi.waitFor(() => expect(store.getState().value).toEqual([feedCalendar()]));
    store.dispose();
  });

  test('the calendars store follows a refresh made in another context', async () => {
    const store = openStore('calendars');
    await store.ready;
    expect(store.getState().value).toEqual([]);
    await STORED.calendars.item.setValue([feedCalendar()]);
    await vi.waitFor(() => expect(store.getState().value).toEqual([feedCalendar()]));
    store.dispose();
  });
});
