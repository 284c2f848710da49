/**
 * Feeds only where the person said so (issue 13 part 4), with the fake browser: the granted origin
 * is looked up before every fetch (feeds from a backup included), addresses Someday never reads are
 * not fetched even when stored, redirects are refused, and the body is capped while it streams.
 * And the off-thread reader's time limit, with a worker that never answers.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultAvailability } from '../../core/availability-settings';
import { addFeed, fetchCalendarText, readStoredCalendars, refreshAllCalendars, refreshCalendar } from '../../extension/calendars';
import { readInWorker, type WorkerLike } from '../../extension/calendars/read-off-thread';
import { STORED } from '../../extension/storage';
import type { StoredCalendar } from '../../core/stored-calendars';

const NOW = new Date('2026-06-01T12:00:00Z');
const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'DTSTART:20260602T170000Z', 'DTEND:20260602T180000Z', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

function feed(url: string, overrides: Partial<StoredCalendar> = {}): StoredCalendar {
  return {
    id: url,
    name: 'Restored',
    source: { kind: 'feed', url },
    busy: [[NOW.getTime() + 3_600_000, NOW.getTime() + 7_200_000]],
    coversFrom: NOW.getTime() - 86_400_000,
    coversUntil: NOW.getTime() + 60 * 86_400_000,
    readAt: NOW.getTime() - 86_400_000,
    lastError: null,
    ...overrides,
  };
}

/** A body that arrives in pieces, with no Content-Length, like a chunked answer. */
function streamed(chunks: number, chunkBytes: number): Response {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(65));
    },
  });
  return new Response(stream, { status: 200 });
}

let fetchMock: ReturnType<typeof vi.fn>;
let granted: Set<string>;

beforeEach(async () => {
  fakeBrowser.reset();
  await STORED.availability.item.setValue({ ...defaultAvailability(), timeZone: 'UTC' });
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  granted = new Set();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((origin) => granted.has(origin)));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => true);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the granted origin is checked before every fetch', () => {
  test('feeds restored from a backup wait for the person: nothing is fetched, and each says why', async () => {
    // A backup brought three feeds; the person granted none of their sites on this browser.
    const restored = [feed('https://calendar.example.com/a.ics'), feed('https://192.168.1.20/b.ics'), feed('http://nas.local/c.ics')];
    await STORED.calendars.item.setValue(restored);
    const results = await refreshAllCalendars(() => NOW);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(results.map((result) => !result.ok && result.problem)).toEqual([
      { code: 'feed-no-permission', host: 'calendar.example.com' },
      { code: 'feed-no-permission', host: '192.168.1.20' },
      { code: 'feed-no-permission', host: 'nas.local' },
    ]);
    // Their busy times are kept, and the reason is stored as data for the options page to word.
    const stored = await readStoredCalendars();
    expect(stored.map((calendar) => calendar.busy)).toEqual(restored.map((calendar) => calendar.busy));
    expect(stored[0]!.lastError).toEqual({ message: expect.stringContaining('permission'), at: NOW.getTime(), problem: { code: 'feed-no-permission', host: 'calendar.example.com' } });

    // The person allows one site: the next refresh fetches that feed, and only that one.
    granted.add('https://calendar.example.com/*');
    fetchMock.mockResolvedValue(new Response(ICS));
    await refreshAllCalendars(() => NOW);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('https://calendar.example.com/a.ics', expect.objectContaining({ redirect: 'manual', credentials: 'omit' }));
    expect((await readStoredCalendars())[0]!.lastError).toBeNull();
  });

  test('a permission taken back in the browser stops the next refresh before it fetches', async () => {
    granted.add('https://calendar.example.com/*');
    await STORED.calendars.item.setValue([feed('https://calendar.example.com/a.ics')]);
    fetchMock.mockResolvedValue(new Response(ICS));
    expect((await refreshCalendar('https://calendar.example.com/a.ics', () => NOW)).ok).toBe(true);
    granted.clear();
    const result = await refreshCalendar('https://calendar.example.com/a.ics', () => NOW);
    expect(!result.ok && result.problem).toEqual({ code: 'feed-no-permission', host: 'calendar.example.com' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['http://127.0.0.1:8080/cal.ics', { code: 'address-refused', host: '127.0.0.1:8080', reason: 'loopback' }],
    ['http://2130706433/cal.ics', { code: 'address-refused', host: '127.0.0.1', reason: 'loopback' }],
    ['http://169.254.169.254/latest/meta-data/', { code: 'address-refused', host: '169.254.169.254', reason: 'link-local' }],
  ])('a stored feed at %s is never fetched, even with its origin granted', async (url, problem) => {
    granted.add(`${new URL(url).origin}/*`);
    await STORED.calendars.item.setValue([feed(url)]);
    const result = await refreshCalendar(url, () => NOW);
    expect(!result.ok && result.problem).toEqual(problem);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('adding a feed at this device is refused before anything is asked or fetched', async () => {
    const result = await addFeed('http://localhost:5232/me/calendar/', () => NOW);
    expect(!result.ok && result.problem).toEqual({ code: 'address-refused', host: 'localhost:5232', reason: 'loopback' });
    expect(fakeBrowser.permissions.contains).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('fetching a feed', () => {
  const limits = { maxBytes: 1024, timeoutMs: 30_000 };
  const url = 'https://calendar.example.com/cal.ics';

  test('asks for no redirects, and a redirect answer is refused, not followed', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 302, headers: { location: 'http://127.0.0.1/' } }));
    await expect(fetchCalendarText(url, limits)).rejects.toMatchObject({ problem: { code: 'feed-redirect', host: 'calendar.example.com' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(url, expect.objectContaining({ redirect: 'manual' }));
  });

  test('an opaque redirect (what browsers give for redirect: manual) is refused too', async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    fetchMock.mockResolvedValue(opaque);
    await expect(fetchCalendarText(url, limits)).rejects.toMatchObject({ problem: { code: 'feed-redirect' } });
  });

  test('a body without a length is cut off as soon as it passes the limit', async () => {
    const response = streamed(1_000, 256); // would be 256,000 bytes
    const cancel = vi.spyOn(response.body!, 'getReader');
    fetchMock.mockResolvedValue(response);
    await expect(fetchCalendarText(url, limits)).rejects.toMatchObject({ problem: { code: 'feed-too-large', bytes: null, limitBytes: 1024 } });
    expect(cancel).toHaveBeenCalled();
  });

  test('a Content-Length over the limit is refused before the body is read', async () => {
    const response = new Response('x', { headers: { 'content-length': '5000' } });
    const read = vi.spyOn(response, 'text');
    fetchMock.mockResolvedValue(response);
    await expect(fetchCalendarText(url, limits)).rejects.toMatchObject({ problem: { code: 'feed-too-large', bytes: 5000, limitBytes: 1024 } });
    expect(read).not.toHaveBeenCalled();
  });

  test('a body within the limit is read whole, in UTF-8', async () => {
    fetchMock.mockResolvedValue(streamed(3, 300));
    expect(await fetchCalendarText(url, limits)).toBe('A'.repeat(900));
    fetchMock.mockResolvedValue(new Response('X-WR-CALNAME:Café ☕'));
    expect(await fetchCalendarText(url, limits)).toBe('X-WR-CALNAME:Café ☕');
  });
});

describe('the off-thread reader', () => {
  const job = { ics: ICS, now: NOW.getTime(), timeZone: 'UTC' };

  function fakeWorker(answer: (post: (data: unknown) => void) => void): WorkerLike & { terminated: boolean } {
    const worker = {
      terminated: false,
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage: () => answer((data) => worker.onmessage?.({ data } as MessageEvent)),
      terminate: () => {
        worker.terminated = true;
      },
    };
    return worker;
  }

  test('a worker that does not answer within the limit is terminated, and the read is too slow', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker(() => undefined);
    const reply = readInWorker(job, { createWorker: () => worker, timeLimitMs: 6_000 });
    await vi.advanceTimersByTimeAsync(5_999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await reply).toEqual({ ok: false, problem: { code: 'too-slow', seconds: 6 } });
    expect(worker.terminated).toBe(true);
  });

  test('an answer is passed on and the worker terminated; a malformed answer is unexpected', async () => {
    const good = fakeWorker((post) => post({ ok: true, read: { busy: [], coversFrom: 0, coversUntil: 1 } }));
    expect(await readInWorker(job, { createWorker: () => good, timeLimitMs: 6_000 })).toEqual({ ok: true, read: { busy: [], coversFrom: 0, coversUntil: 1 } });
    expect(good.terminated).toBe(true);
    const odd = fakeWorker((post) => post('Cannot read properties of undefined'));
    expect(await readInWorker(job, { createWorker: () => odd, timeLimitMs: 6_000 })).toEqual({ ok: false, problem: { code: 'unexpected' } });
  });

  test('a worker that fails (out of memory, a script that did not load) gives unexpected, not its message', async () => {
    const failing = fakeWorker(() => undefined);
    failing.postMessage = () => failing.onerror?.({ preventDefault: () => undefined, message: 'Out of memory' } as ErrorEvent);
    expect(await readInWorker(job, { createWorker: () => failing, timeLimitMs: 6_000 })).toEqual({ ok: false, problem: { code: 'unexpected' } });
  });
});
