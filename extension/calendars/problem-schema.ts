/**
 * Every reason a calendar could not be used, as data, and the schema it is stored with (a feed's
 * last error). Kept apart from problems.ts so the storage module, which every context loads
 * (the content script too), gets the schema without the calendar reader.
 */
import { z } from 'zod';
import type { CalendarReadProblem } from '../../core/ics';

export type CalendarProblem =
  | CalendarReadProblem
  | { code: 'address-empty' | 'address-credentials' | 'calendar-removed' | 'file-not-refreshable' | 'unexpected' }
  | { code: 'address-invalid'; text: string }
  | { code: 'address-scheme'; scheme: string }
  /** Addresses Someday never fetches, whatever the person says: this device, the link-local network, unusable ranges. */
  | { code: 'address-refused'; host: string; reason: 'loopback' | 'link-local' | 'reserved' }
  | { code: 'already-subscribed'; name: string }
  | { code: 'feed-no-permission' | 'feed-unreachable' | 'feed-not-calendar' | 'feed-redirect'; host: string }
  | { code: 'feed-timeout'; host: string; seconds: number }
  /** `status` is the code and the server's own reason, e.g. "404 Not Found"; `hint` when the address is likely wrong or unshared. */
  | { code: 'feed-http'; host: string; status: string; hint: boolean }
  /** `bytes` is null when the feed sent no length and was cut off while streaming. */
  | { code: 'feed-too-large'; bytes: number | null; limitBytes: number }
  | { code: 'storage-full'; bytes: number; budgetBytes: number }
  /** The off-thread reader was stopped after `seconds`. */
  | { code: 'too-slow'; seconds: number };

export type CalendarProblemCode = CalendarProblem['code'];

const host = z.string().max(300);

/** The stored form of a problem (a feed's last error), checked like everything read back from storage. */
export const calendarProblemSchema: z.ZodType<CalendarProblem> = z.discriminatedUnion('code', [
  z.object({ code: z.enum(['invalid-range', 'not-icalendar', 'truncated']) }),
  z.object({ code: z.literal('too-large'), bytes: z.number(), limitBytes: z.number() }),
  z.object({ code: z.literal('unknown-time-zone'), zone: z.string().nullable(), yours: z.boolean() }),
  z.object({ code: z.literal('time-zone-rule'), zone: z.string() }),
  z.object({ code: z.literal('invalid-rule'), event: z.string().nullable() }),
  z.object({ code: z.literal('unsupported-rule'), event: z.string().nullable() }),
  z.object({ code: z.literal('too-many-occurrences'), limit: z.number() }),
  z.object({ code: z.literal('too-many-dates'), count: z.number(), limit: z.number() }),
  z.object({ code: z.literal('unreadable'), line: z.number().nullable() }),
  z.object({ code: z.enum(['address-empty', 'address-credentials', 'calendar-removed', 'file-not-refreshable', 'unexpected']) }),
  z.object({ code: z.literal('address-invalid'), text: z.string() }),
  z.object({ code: z.literal('address-scheme'), scheme: z.string() }),
  z.object({ code: z.literal('address-refused'), host, reason: z.enum(['loopback', 'link-local', 'reserved']) }),
  z.object({ code: z.literal('already-subscribed'), name: z.string() }),
  z.object({ code: z.enum(['feed-no-permission', 'feed-unreachable', 'feed-not-calendar', 'feed-redirect']), host }),
  z.object({ code: z.literal('feed-timeout'), host, seconds: z.number() }),
  z.object({ code: z.literal('feed-http'), host, status: z.string().max(200), hint: z.boolean() }),
  z.object({ code: z.literal('feed-too-large'), bytes: z.number().nullable(), limitBytes: z.number() }),
  z.object({ code: z.literal('storage-full'), bytes: z.number(), budgetBytes: z.number() }),
  z.object({ code: z.literal('too-slow'), seconds: z.number() }),
]);
