/**
 * Reading a calendar off the thread that asked, with a hard time limit: the reader's budgets
 * bound every case known, and this bounds the unknown ones. The text goes to a fresh worker
 * (entrypoints/calendar-reader.ts); if no answer comes within the limit the worker is terminated
 * and the person reads "this calendar takes too long to read".
 *
 * Where the worker runs:
 * - the options page (file imports) and Firefox's background page start it themselves;
 * - Chrome's background is a service worker, which cannot start a dedicated worker, so it opens
 *   an offscreen document (reason WORKERS, entrypoints/calendar-reader-host) that starts it and
 *   relays over a port. The document is closed again once no read is pending. Measured in
 *   Chromium: opening it costs tens of milliseconds, about what the worker's own start costs.
 * - anywhere neither exists (unit tests in Node) the text is read in this thread, still within
 *   the reader's budgets.
 */
import { browser } from 'wxt/browser';
import { answerReadJob, type ReadJob, type ReadReply } from './read-job';

/** A few seconds: the largest real calendars read in about one, the worst file within the budgets in about two. */
export const CALENDAR_READ_TIME_LIMIT_MS = 6_000;
export const READER_SCRIPT = '/calendar-reader.js';
export const READER_HOST_PAGE = 'calendar-reader-host.html';
export const READER_PORT = 'someday-calendar-reader';
/** The service worker's own guard, past the host's limit, for a host page that never answers. */
const HOST_SLACK_MS = 5_000;
/** An idle host page is closed after this long (a refresh reads several feeds one after another). */
const HOST_IDLE_MS = 2_000;

/** What readInWorker needs of a Worker, so tests can hand it a stand-in. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface HostRequest {
  job: ReadJob;
  timeLimitMs: number;
}

const tooSlow = (timeLimitMs: number): ReadReply => ({ ok: false, problem: { code: 'too-slow', seconds: Math.round(timeLimitMs / 1000) } });
const unexpected: ReadReply = { ok: false, problem: { code: 'unexpected' } };

export function isReadReply(value: unknown): value is ReadReply {
  const reply = value as { ok?: unknown; read?: unknown; problem?: { code?: unknown } } | null;
  if (typeof reply !== 'object' || reply === null) return false;
  return reply.ok === true ? typeof reply.read === 'object' && reply.read !== null : reply.ok === false && typeof reply.problem?.code === 'string';
}

/** One job in a fresh worker, terminated when it answers, fails, or runs past `timeLimitMs`. */
export function readInWorker(job: ReadJob, options: { createWorker: () => WorkerLike; timeLimitMs: number }): Promise<ReadReply> {
  return new Promise((resolve) => {
    let worker: WorkerLike;
    try {
      worker = options.createWorker();
    } catch (error) {
      console.warn('[Someday] The calendar worker could not start; reading here instead.', error);
      resolve(answerReadJob(job));
      return;
    }
    let settled = false;
    const settle = (reply: ReadReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(reply);
    };
    const timer = setTimeout(() => settle(tooSlow(options.timeLimitMs)), options.timeLimitMs);
    worker.onmessage = (event) => settle(isReadReply(event.data) ? event.data : unexpected);
    worker.onerror = (event) => {
      event.preventDefault(); // out of memory or a script that failed to load: ours to report, not the console's
      settle(unexpected);
    };
    worker.postMessage(job);
  });
}

export function startReaderWorker(): WorkerLike {
  return new Worker(browser.runtime.getURL(READER_SCRIPT));
}

/** The calendar's busy times, read off this thread within the time limit. */
export function readCalendarOffThread(job: ReadJob, timeLimitMs = CALENDAR_READ_TIME_LIMIT_MS): Promise<ReadReply> {
  if (typeof Worker === 'function') return readInWorker(job, { createWorker: startReaderWorker, timeLimitMs });
  const offscreen = offscreenApi();
  if (offscreen && inServiceWorker()) return readInHostPage(offscreen, job, timeLimitMs);
  return Promise.resolve(answerReadJob(job));
}

interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

function inServiceWorker(): boolean {
  const scope = globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown };
  return typeof scope.ServiceWorkerGlobalScope === 'function' && globalThis instanceof scope.ServiceWorkerGlobalScope;
}

function offscreenApi(): OffscreenApi | undefined {
  return (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
}

let pendingReads = 0;
let opening: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

async function openHostPage(offscreen: OffscreenApi): Promise<void> {
  if (await offscreen.hasDocument?.()) return;
  opening ??= offscreen
    .createDocument({
      url: READER_HOST_PAGE,
      reasons: ['WORKERS'],
      justification: 'Reads calendar files in a worker that can be stopped when a file takes too long.',
    })
    .catch((error: unknown) => {
      // Another read opened it first.
      if (!/single offscreen document/i.test(String(error))) throw error;
    })
    .finally(() => {
      opening = null;
    });
  await opening;
}

function closeHostPageSoon(offscreen: OffscreenApi): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (pendingReads === 0) void offscreen.closeDocument().catch(() => undefined);
  }, HOST_IDLE_MS);
}

async function readInHostPage(offscreen: OffscreenApi, job: ReadJob, timeLimitMs: number): Promise<ReadReply> {
  pendingReads++;
  clearTimeout(idleTimer);
  try {
    await openHostPage(offscreen);
    return await new Promise<ReadReply>((resolve) => {
      const port = browser.runtime.connect({ name: READER_PORT });
      let settled = false;
      const settle = (reply: ReadReply) => {
        if (settled) return;
        settled = true;
        clearTimeout(guard);
        port.disconnect();
        resolve(reply);
      };
      const guard = setTimeout(() => {
        settle(tooSlow(timeLimitMs));
        void offscreen.closeDocument().catch(() => undefined); // takes its worker with it
      }, timeLimitMs + HOST_SLACK_MS);
      port.onMessage.addListener((reply: unknown) => settle(isReadReply(reply) ? reply : unexpected));
      port.onDisconnect.addListener(() => settle(unexpected));
      port.postMessage({ job, timeLimitMs } satisfies HostRequest);
    });
  } catch (error) {
    console.warn('[Someday] The calendar reader page could not open.', error);
    return unexpected;
  } finally {
    pendingReads--;
    closeHostPageSoon(offscreen);
  }
}
