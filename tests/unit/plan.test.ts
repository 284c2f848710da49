import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import type { Interval } from '../../core/availability';
import { recordInvite, setOutcome, type InviteLogEntry } from '../../core/invite-log';
import { excludeOfferedTimes, planInvite, type PlanAvailability, type PlanRequest } from '../../core/plan';

// Wednesday 25 November 2026, 09:00 in New York. The plan's inputs are written out here rather
// than read from storage's defaults: the planner is pure and takes them all as arguments.
const now = new Date('2026-11-25T14:00:00Z');
const timeZone = 'America/New_York';
const availability: PlanAvailability = {
  weekly: [
    { day: 0, start: '10:00', end: '18:00' },
    ...([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '18:00', end: '21:00' })),
    { day: 6, start: '10:00', end: '18:00' },
  ],
  minNoticeMinutes: 180,
  bufferMinutes: 15,
  horizonDays: 7,
  maxTimes: null,
  overrides: [],
  showZone: false,
};
const request = (extra: Partial<PlanRequest> = {}): PlanRequest => ({ mode: 'social', availability, timeZone, now, locale: 'en-US', ...extra });
const at = (start: string, end: string): Interval => ({ start: new Date(start), end: new Date(end) });
const spans = (slots: readonly Interval[]) => slots.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

function invited(log: InviteLogEntry[], id: string, recipient: string | null, offered: Interval[], mode: 'social' | 'business' = 'social') {
  return recordInvite(log, { id, sentAt: now, site: 'messenger', conversationUrl: 'https://www.messenger.com/t/1/', recipient, mode, activity: 'coffee', offered });
}

describe('planInvite: the whole week', () => {
  test('a social invite offers every free window in the seven days, in a person’s words', () => {
    const plan = planInvite(request());
    expect(plan.reach).toBe('horizon');
    expect(plan.searchedDays).toBe(7);
    expect(plan.candidates).toHaveLength(7);
    expect(plan.slots).toHaveLength(7);
    expect(plan.invite).toBe(
      "Want to get coffee? I'm free every evening this week 6–9pm, Sat and Sun 10am–6pm, or Mon and Tue 6–9pm. Which works for you?",
    );
  });

  test('a cap keeps at most that many times, spread over different days', () => {
    const plan = planInvite(request({ availability: { ...availability, maxTimes: 3 } }));
    expect(spans(plan.slots)).toEqual([
      ['2026-11-25T23:00:00.000Z', '2026-11-26T02:00:00.000Z'],
      ['2026-11-26T23:00:00.000Z', '2026-11-27T02:00:00.000Z'],
      ['2026-11-27T23:00:00.000Z', '2026-11-28T02:00:00.000Z'],
    ]);
    expect(plan.times).toBe('every evening this week 6–9pm');
  });

  test('the time zone is an input: the same week in Kolkata is 6–9pm there', () => {
    const plan = planInvite(request({ timeZone: 'Asia/Kolkata' }));
    expect(plan.timeZone).toBe('Asia/Kolkata');
    expect(plan.slots[0]!.start.toISOString()).toBe('2026-11-26T12:30:00.000Z'); // 7:30pm Wednesday there: the notice leaves tomorrow first
    expect(plan.times).toBe('tomorrow and Fri 6–9pm, Sat and Sun 10am–6pm, or Mon, Tue and Wed Dec 2 6–9pm');
  });

  test('a busy day mid-week drops out of the run', () => {
    const plan = planInvite(request({ busy: [at('2026-11-26T22:00:00Z', '2026-11-27T03:00:00Z')] })); // Thu evening
    expect(plan.times).toBe('today and Fri 6–9pm, Sat and Sun 10am–6pm, or Mon and Tue 6–9pm');
  });

  test('business invites offer three concrete half-hour times on working days', () => {
    const plan = planInvite(request({ mode: 'business' }));
    expect(spans(plan.slots)).toEqual([
      ['2026-11-25T23:00:00.000Z', '2026-11-25T23:30:00.000Z'],
      ['2026-11-26T23:00:00.000Z', '2026-11-26T23:30:00.000Z'],
      ['2026-11-27T23:00:00.000Z', '2026-11-27T23:30:00.000Z'],
    ]);
    expect(plan.invite).toBe(
      "I really admire [what you admire about their work]. I'd value your advice: would you have 10 minutes for a quick call? I'm free today at 6pm, tomorrow at 6pm or Fri at 6pm. Which works best for you?",
    );
  });

  test('business times come from the weekend only when the working days run out', () => {
    const plan = planInvite(request({ mode: 'business', busy: [at('2026-11-26T22:00:00Z', '2026-11-28T03:00:00Z')] }));
    expect(plan.times).toBe('today at 6pm, Mon at 6pm or Tue at 6pm');
  });
});

describe('planInvite: offered times are soft, a yes books', () => {
  const week = planInvite(request());

  test('times offered to someone who has not answered are offered again, with their name', () => {
    const log = invited([], 'sam', 'Sam Rivera', week.slots);
    const plan = planInvite(request({ invites: log }));
    expect(spans(plan.slots)).toEqual(spans(week.slots));
    expect(plan.invite).toBe(week.invite);
    expect(plan.candidates.every((slot) => slot.offeredTo.join() === 'Sam')).toBe(true);
  });

  test('several people waiting are all named, once each, and an unnamed one as ""', () => {
    let log = invited([], 'sam', 'Sam Rivera', week.slots.slice(0, 2));
    log = invited(log, 'alex', 'Alex Kim', week.slots.slice(1, 3));
    log = invited(log, 'post', null, week.slots.slice(1, 2));
    const plan = planInvite(request({ invites: log }));
    expect(plan.candidates.slice(0, 4).map((slot) => slot.offeredTo)).toEqual([['Sam'], ['Sam', 'Alex', ''], ['Alex'], []]);
  });

  test('a yes books the picked time; the other times offered to them are offered as before', () => {
    const log = invited([], 'sam', 'Sam Rivera', week.slots.slice(0, 3));
    const picked = week.slots[1]!;
    const plan = planInvite(request({ invites: setOutcome(log, 'sam', 'yes', now, picked).log }));
    expect(plan.slots.some((slot) => slot.start < picked.end && slot.end > picked.start)).toBe(false);
    expect(spans(plan.slots)).toEqual(spans(week.slots.filter((slot) => slot !== picked)));
    expect(plan.candidates.every((slot) => slot.offeredTo.length === 0)).toBe(true);
    expect(plan.times).toBe('today and Fri 6–9pm, Sat and Sun 10am–6pm, or Mon and Tue 6–9pm');
  });

  test.each(['no', 'no-reply'] as const)('"%s" changes nothing about the next invite', (outcome) => {
    const log = invited([], 'sam', 'Sam Rivera', week.slots.slice(0, 3));
    const plan = planInvite(request({ invites: setOutcome(log, 'sam', outcome, now).log }));
    expect(plan.invite).toBe(week.invite);
    expect(spans(plan.slots)).toEqual(spans(week.slots));
    expect(plan.candidates.every((slot) => slot.offeredTo.length === 0)).toBe(true);
  });

  test('a yes that has passed books nothing', () => {
    const past = at('2026-11-20T23:00:00Z', '2026-11-21T02:00:00Z');
    const log = setOutcome(invited([], 'old', 'Sam Rivera', [past]), 'old', 'yes', now, past).log;
    expect(spans(planInvite(request({ invites: log })).slots)).toEqual(spans(week.slots));
  });

  test("'leave-out' starts the times offered to others switched off, and the card's choice wins over it", () => {
    const log = invited([], 'sam', 'Sam Rivera', week.slots.slice(0, 2));
    const plan = planInvite(request({ invites: log, offeredTimes: 'leave-out' }));
    expect(plan.excluded).toEqual(week.slots.slice(0, 2).map((slot) => slot.start.toISOString()));
    expect(plan.candidates.map((slot) => slot.offered)).toEqual([false, false, true, true, true, true, true]);
    expect(plan.times).toBe('Fri 6–9pm, Sat and Sun 10am–6pm, or Mon and Tue 6–9pm');
    const chosen = planInvite(request({ invites: log, offeredTimes: 'leave-out', excludedSlots: [] }));
    expect(chosen.slots).toHaveLength(7);
  });

  test('one click leaves out every time offered to others, and brings them back, keeping other chips', () => {
    const log = invited([], 'sam', 'Sam Rivera', week.slots.slice(0, 2));
    const ownChoice = week.slots[4]!.start.toISOString();
    const plan = planInvite(request({ invites: log, excludedSlots: [ownChoice] }));
    const leftOut = excludeOfferedTimes(plan, true);
    expect(leftOut).toEqual([ownChoice, ...week.slots.slice(0, 2).map((slot) => slot.start.toISOString())]);
    expect(excludeOfferedTimes({ ...plan, excluded: leftOut }, false)).toEqual([ownChoice]);
  });

  test('business times avoid a concrete time already offered to someone else on the same day', () => {
    const first = planInvite(request({ mode: 'business' }));
    const log = invited([], 'priya', 'Priya Natarajan', first.slots, 'business');
    const second = planInvite(request({ mode: 'business', invites: log }));
    expect(second.times).toBe('today at 6:30pm, tomorrow at 6:30pm or Fri at 6:30pm');
    expect(second.candidates.every((slot) => slot.offeredTo.length === 0)).toBe(true);
  });
});

describe('planInvite: never a dead card', () => {
  test('a full week looks one week further and says so', () => {
    const plan = planInvite(request({ busy: [at('2026-11-25T14:00:00Z', '2026-12-02T14:00:00Z')] }));
    expect(plan.reach).toBe('next-week');
    expect(plan.searchedDays).toBe(14);
    expect(plan.slots[0]!.start.toISOString()).toBe('2026-12-02T23:00:00.000Z');
    expect(plan.times).toMatch(/^next week: Wed Dec 2–Fri Dec 4 6–9pm, /);
    expect(plan.invite).toMatch(/^Want to get coffee\? I'm free next week: /);
  });

  test('everything booked this week by yeses also looks ahead', () => {
    const week = planInvite(request());
    let log: InviteLogEntry[] = [];
    for (const [index, slot] of week.slots.entries()) {
      log = invited(log, `yes-${index}`, `Friend ${index}`, [slot]);
      log = setOutcome(log, `yes-${index}`, 'yes', now, slot).log;
    }
    const plan = planInvite(request({ invites: log }));
    expect(plan.reach).toBe('next-week');
    expect(plan.slots.length).toBeGreaterThan(0);
  });

  test('nothing free in fourteen days: no invite, and the plan says how far it looked', () => {
    const plan = planInvite(request({ busy: [at('2026-11-25T14:00:00Z', '2026-12-09T14:00:00Z')] }));
    expect(plan).toMatchObject({ reach: 'none', searchedDays: 14, slots: [], candidates: [], times: '', invite: null });
  });

  test('no windows at all means no invite, not an empty one', () => {
    const plan = planInvite(request({ availability: { ...availability, weekly: [] } }));
    expect(plan).toMatchObject({ slots: [], times: '', invite: null, reach: 'none' });
  });
});

test('core/plan.ts bundles for plain Node without storage or extension APIs, and plans there', async () => {
  const result = await build({
    entryPoints: ['core/plan.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((input) => /^(extension|page)\/|wxt|webextension/.test(input))).toEqual([]);
  const code = result.outputFiles[0]!.text;
  const engine = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as typeof import('../../core/plan');
  expect(engine.planInvite(request()).times).toBe('every evening this week 6–9pm, Sat and Sun 10am–6pm, or Mon and Tue 6–9pm');
});
