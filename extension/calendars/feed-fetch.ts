/**
 * Fetching a feed's text, with errors that say what went wrong. Only what the person allowed is
 * read: no cookies, no redirects (a redirect could lead anywhere, this device included, and with
 * `redirect: 'manual'` neither browser shows where it leads, so none is followed; the person is
 * told to subscribe to the final address), and never more than the size limit, counted while
 * the body streams in, whether or not the server sent a length.
 */
import { CalendarInputError } from './problems';

export interface FetchFeedOptions {
  maxBytes: number;
  timeoutMs: number;
}

export async function fetchCalendarText(url: string, { maxBytes, timeoutMs }: FetchFeedOptions): Promise<string> {
  const { host } = new URL(url);
  const timeout = () => new CalendarInputError({ code: 'feed-timeout', host, seconds: Math.round(timeoutMs / 1000) });
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      headers: { accept: 'text/calendar, text/plain;q=0.8, */*;q=0.5' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    if (isTimeout(error)) throw timeout();
    throw new CalendarInputError({ code: 'feed-unreachable', host });
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new CalendarInputError({ code: 'feed-redirect', host });
  }
  if (!response.ok) {
    const likelyWrongAddress = [401, 403, 404, 410].includes(response.status);
    const status = `${response.status}${response.statusText ? ` ${response.statusText.slice(0, 100)}` : ''}`;
    throw new CalendarInputError({ code: 'feed-http', host, status, hint: likelyWrongAddress });
  }
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new CalendarInputError({ code: 'feed-too-large', bytes: length, limitBytes: maxBytes });
  }
  try {
    return await readCapped(response, maxBytes);
  } catch (error) {
    if (error instanceof CalendarInputError) throw error;
    if (isTimeout(error)) throw timeout();
    throw new CalendarInputError({ code: 'feed-unreachable', host });
  }
}

/** The body as UTF-8 text (as iCalendar is), stopped as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const pieces: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new CalendarInputError({ code: 'feed-too-large', bytes: null, limitBytes: maxBytes });
    }
    pieces.push(decoder.decode(value, { stream: true }));
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}

function isTimeout(error: unknown): boolean {
  return typeof DOMException !== 'undefined' && error instanceof DOMException && error.name === 'TimeoutError';
}
