/**
 * Turns parsed VEVENTs into busy spans within a range. Every repeating event is checked
 * (core/ics/rules.ts), started as late as its rule allows, and expanded against one
 * occurrence budget shared by the whole file; every length is bounded, so a huge one covers
 * the range instead of overflowing into "no busy time".
 */
import ICAL from 'ical.js';
import type { Interval } from '../availability/index.ts';
import { CalendarError } from './errors.ts';
import { OCCURRENCE_BUDGET } from './limits.ts';
import { candidatesPerStep, checkRule, filteredSteps, filtersCandidates, isSubDaily, STEP_SECONDS, type RuleShape } from './rules.ts';
import { LATEST_INSTANT, utcFromFields, wallClockInstant } from './wall-clock.ts';
import { ianaZoneForTzid } from './zones.ts';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalProperty = InstanceType<typeof ICAL.Property>;
type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalDuration = InstanceType<typeof ICAL.Duration>;

/** How the wall-clock times of one property become instants. */
type WallZone =
  | { kind: 'utc' }
  | { kind: 'vtimezone' } // the ICAL.Time carries a zone defined by the file
  | { kind: 'iana'; name: string };

/** The length of each instance of an event, in the form that survives daylight-saving changes. */
type EventLength =
  | { kind: 'days'; days: number } // all-day: whole local days
  | { kind: 'exact'; ms: number } // DTSTART..DTEND, or a DURATION too long for wall-clock arithmetic
  | { kind: 'nominal'; duration: IcalDuration }; // DURATION, added on the wall clock

interface Span {
  start: number;
  end: number;
}

interface ExpansionPlan {
  master: IcalComponent;
  /** Moved instances (RECURRENCE-ID) of this series, replacing the slots they came from. */
  exceptions: IcalComponent[];
  zone: WallZone;
  length: EventLength;
  earliestUsefulStart: number;
  /** DTSTART, or a later start with exactly the same occurrences from there on. */
  start: IcalTime;
  /** Steps spent on candidates the rule drops, charged before expanding. */
  filteringSteps: number;
  /** All of ical.js's steps for this event, for the whole file's estimate. */
  estimatedSteps: number;
}

const DAY_MS = 86_400_000;
/**
 * Durations longer than this are added as exact time: ical.js adds days month by month, which
 * for "P999999999D" never finishes, and a daylight-saving hour is noise at that length.
 */
const LONGEST_WALL_CLOCK_DURATION_S = 400 * 86_400;
/** Wall clocks run at most 14 hours ahead of UTC, so a wall time this much past an instant is after it everywhere. */
const LARGEST_OFFSET_MS = 14 * 3_600_000;

export interface BusyReaderOptions {
  rangeStart: number;
  rangeEnd: number;
  /** IANA zone for all-day events and floating times. */
  personZone: string;
  /** TZIDs whose VTIMEZONE was not used (see zone-rules.ts). */
  refusedZones: ReadonlySet<string>;
  /** Times in a file-defined zone after this year are converted with that year's offset, so ical.js never builds further. */
  lastZoneYear: number;
  budget?: number;
}

export class BusyReader {
  private readonly spans: Span[] = [];
  private readonly rangeStart: number;
  private readonly rangeEnd: number;
  private readonly personZone: string;
  private budgetLeft: number;
  private readonly budget: number;

  constructor(private readonly options: BusyReaderOptions) {
    this.rangeStart = options.rangeStart;
    this.rangeEnd = options.rangeEnd;
    this.personZone = options.personZone;
    this.budget = options.budget ?? OCCURRENCE_BUDGET;
    this.budgetLeft = this.budget;
  }

  /**
   * Reads every calendar of a file. Repeating events are planned first (checked, started as late
   * as their rule allows, their work estimated) and expanded only when the whole file's estimate
   * fits the budget, so a file of a hundred every-minute events fails at once instead of after
   * expanding the first few.
   */
  read(calendars: readonly IcalComponent[]): void {
    const plans: ExpansionPlan[] = [];
    const moved: IcalComponent[] = [];
    for (const calendar of calendars) {
      const exceptionsByUid = new Map<string, IcalComponent[]>();
      const masters: IcalComponent[] = [];
      for (const event of calendar.getAllSubcomponents('vevent')) {
        if (event.hasProperty('recurrence-id')) {
          const uid = String(event.getFirstPropertyValue('uid') ?? '');
          const group = exceptionsByUid.get(uid);
          if (group) group.push(event);
          else exceptionsByUid.set(uid, [event]);
          moved.push(event);
        } else {
          masters.push(event);
        }
      }
      for (const master of masters) {
        const uid = String(master.getFirstPropertyValue('uid') ?? '');
        const plan = this.planEvent(master, exceptionsByUid.get(uid) ?? []);
        if (plan) plans.push(plan);
      }
    }
    const estimate = plans.reduce((sum, plan) => sum + plan.estimatedSteps, 0);
    if (estimate > this.budget) throw new CalendarError({ code: 'too-many-occurrences', limit: this.budget });
    for (const plan of plans) this.expand(plan);
    // A moved instance is busy where it now is, whatever its series says; it is read on its own.
    for (const event of moved) this.readSingle(event);
  }

  result(): Interval[] {
    const clipped = this.spans
      .filter((s) => s.end > this.rangeStart && s.start < this.rangeEnd && s.end > s.start)
      .map((s) => ({ start: Math.max(s.start, this.rangeStart), end: Math.min(s.end, this.rangeEnd) }))
      .sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const span of clipped) {
      const last = merged[merged.length - 1];
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    return merged.map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
  }

  private spend(steps: number): void {
    this.budgetLeft -= steps;
    if (this.budgetLeft < 0) throw new CalendarError({ code: 'too-many-occurrences', limit: this.budget });
  }

  /** A repeating event ready to expand, or null when it was read as a single event (or is not busy). */
  private planEvent(master: IcalComponent, exceptions: IcalComponent[]): ExpansionPlan | null {
    if (isCancelled(master)) return null;
    const startProperty = master.getFirstProperty('dtstart');
    const rules = master.getAllProperties('rrule');
    if ((rules.length === 0 && !master.hasProperty('rdate')) || !startProperty) {
      this.readSingle(master);
      return null;
    }
    if (isFree(master)) return null;
    const dtstart = timeOf(startProperty);

    const shapes: RuleShape[] = [];
    for (const property of rules) {
      const verdict = checkRule(property.getFirstValue(), dtstart);
      if (verdict.kind === 'invalid') throw new CalendarError({ code: 'invalid-rule', event: summaryOf(master) });
      if (verdict.kind === 'unsupported') throw new CalendarError({ code: 'unsupported-rule', event: summaryOf(master) });
      // A rule no date can satisfy adds nothing; without it ical.js would step forever looking.
      if (verdict.kind === 'never') master.removeProperty(property);
      else shapes.push(verdict.shape);
    }
    if (shapes.length === 0 && !master.hasProperty('rdate')) {
      this.readSingle(master);
      return null;
    }

    const zone = this.zoneOf(startProperty, dtstart);
    const length = this.lengthOf(master, dtstart, zone);
    // Only starts from here on can reach into the range.
    const earliestUsefulStart = this.rangeStart - this.longestInstanceMs(length);
    const start = this.expansionStart(master, dtstart, zone, earliestUsefulStart, shapes);
    const steps = this.stepsOf(master, start, zone, shapes);
    if (steps === 'never') {
      for (const property of master.getAllProperties('rrule')) master.removeProperty(property);
      if (!master.hasProperty('rdate')) {
        this.readSingle(master);
        return null;
      }
      return this.planEvent(master, exceptions);
    }
    const listed = master.getAllProperties('rdate').reduce((sum, property) => sum + property.getValues().length, 0);
    return {
      master,
      exceptions,
      zone,
      length,
      earliestUsefulStart,
      start,
      filteringSteps: steps.filtering,
      estimatedSteps: steps.total + listed,
    };
  }

  private expand(plan: ExpansionPlan): void {
    const { master, zone, length, earliestUsefulStart } = plan;
    this.spend(plan.filteringSteps);
    const replaced = new Set<string>();
    for (const exception of plan.exceptions) {
      const property = exception.getFirstProperty('recurrence-id');
      if (property) replaced.add(this.occurrenceKey(timeOf(property), this.zoneOf(property)));
    }
    const excluded = this.excludedKeys(master);
    const expansion = new ICAL.RecurExpansion({ component: master, dtstart: plan.start });
    for (;;) {
      this.spend(1);
      let occurrence: IcalTime | undefined;
      try {
        occurrence = expansion.next() ?? undefined;
      } catch {
        break; // ical.js gives up on rules that can never match ("max tries"); nothing more to add
      }
      if (!occurrence) break;
      const instant = this.instantOf(occurrence, zone);
      if (instant >= this.rangeEnd) break;
      if (instant < earliestUsefulStart) continue;
      const key = this.occurrenceKey(occurrence, zone);
      if (replaced.has(key) || excluded.has(key) || excluded.has(dateKey(occurrence))) continue;
      this.spans.push({ start: instant, end: this.endOf(occurrence, instant, zone, length) });
    }
  }

  /**
   * The steps ical.js will take for this event, from where its expansion starts to the end of
   * the range (or its UNTIL): each step's candidates, counted whether the rule keeps them or not.
   * For a rule that filters candidates (every minute, but only in December) the steps are walked
   * exactly (rules.ts filteredSteps), since they can far outnumber the occurrences or never end;
   * `filtering` is that part, which the walk over occurrences cannot count as it goes.
   */
  private stepsOf(event: IcalComponent, start: IcalTime, zone: WallZone, shapes: readonly RuleShape[]): { total: number; filtering: number } | 'never' {
    const startMs = this.instantOf(start, zone);
    const rules = event.getAllProperties('rrule');
    let total = 0;
    let filtering = 0;
    for (const [index, shape] of shapes.entries()) {
      const rule = rules[index]?.getFirstValue() as InstanceType<typeof ICAL.Recur> | undefined;
      const until = rule?.until instanceof ICAL.Time ? this.instantOf(rule.until, rule.until.zone === ICAL.Timezone.utcTimezone ? { kind: 'utc' } : zone) : Infinity;
      const stop = Math.min(until, this.rangeEnd);
      if (filtersCandidates(shape)) {
        const walk = filteredSteps(shape, start, stop + LARGEST_OFFSET_MS, shape.hasCount ? (rule?.count ?? null) : null, this.budget + 1);
        // No candidate passed in a walk of 28 years or more (the calendar's weekday-and-date cycle): it never
        // will, as with "every 7 days, on Tuesdays" from a Monday. Only DTSTART happens.
        const walkedYears = ((this.budget + 1) * shape.interval * STEP_SECONDS[shape.freq]) / (365.25 * 86_400);
        if (!walk.matched && walkedYears >= 28) return 'never';
        const steps = walk.steps;
        if (steps > this.budget) throw new CalendarError({ code: 'too-many-occurrences', limit: this.budget });
        total += steps * candidatesPerStep(shape);
        filtering += steps;
        continue;
      }
      const spanMs = Math.max(0, stop - startMs);
      const periods = Math.ceil(spanMs / (STEP_SECONDS[shape.freq] * 1000 * shape.interval)) + 1;
      let steps = periods * candidatesPerStep(shape);
      if (shape.hasCount) steps = Math.min(steps, rule?.count ?? steps);
      total += steps;
    }
    return { total, filtering };
  }

  /** A non-recurring event, or one moved instance of a series. */
  private readSingle(event: IcalComponent): void {
    if (isCancelled(event) || isFree(event)) return;
    const startProperty = event.getFirstProperty('dtstart') ?? event.getFirstProperty('recurrence-id');
    if (!startProperty) return;
    const dtstart = timeOf(startProperty);
    const zone = this.zoneOf(startProperty, dtstart);
    const start = this.instantOf(dtstart, zone);
    if (start >= this.rangeEnd) return;
    const endProperty = event.getFirstProperty('dtend');
    let end: number;
    if (endProperty && !dtstart.isDate) {
      const dtend = timeOf(endProperty);
      end = this.instantOf(dtend, this.zoneOf(endProperty, dtend));
    } else {
      end = this.endOf(dtstart, start, zone, this.lengthOf(event, dtstart, zone));
    }
    this.spans.push({ start, end });
  }

  private lengthOf(event: IcalComponent, dtstart: IcalTime, zone: WallZone): EventLength {
    const endProperty = event.getFirstProperty('dtend');
    const durationValue = event.getFirstPropertyValue('duration');
    const duration = durationValue instanceof ICAL.Duration ? durationValue : null;
    if (dtstart.isDate) {
      if (endProperty) {
        const dtend = timeOf(endProperty);
        const days = Math.round((utcFromFields(dtend.year, dtend.month, dtend.day) - utcFromFields(dtstart.year, dtstart.month, dtstart.day)) / DAY_MS);
        return { kind: 'days', days: Math.max(1, days) };
      }
      if (duration) return { kind: 'days', days: Math.max(1, Math.ceil(duration.toSeconds() / 86_400)) };
      return { kind: 'days', days: 1 }; // RFC 5545: an all-day event without an end lasts one day
    }
    if (endProperty) {
      const dtend = timeOf(endProperty);
      return { kind: 'exact', ms: this.instantOf(dtend, this.zoneOf(endProperty, dtend)) - this.instantOf(dtstart, zone) };
    }
    if (duration) {
      const seconds = duration.toSeconds();
      if (Math.abs(seconds) > LONGEST_WALL_CLOCK_DURATION_S) return { kind: 'exact', ms: seconds * 1000 };
      return { kind: 'nominal', duration };
    }
    return { kind: 'exact', ms: 0 }; // a timed event without an end takes no time
  }

  private longestInstanceMs(length: EventLength): number {
    if (length.kind === 'days') return (length.days + 1) * DAY_MS;
    if (length.kind === 'exact') return Math.max(0, length.ms);
    return Math.max(0, length.duration.toSeconds() * 1000) + DAY_MS;
  }

  private endOf(occurrence: IcalTime, start: number, zone: WallZone, length: EventLength): number {
    if (length.kind === 'days') {
      return wallClockInstant(this.personZone, occurrence.year, occurrence.month, occurrence.day + length.days);
    }
    if (length.kind === 'exact') return start + length.ms;
    const end = occurrence.clone();
    end.addDuration(length.duration);
    return this.instantOf(end, zone);
  }

  /** EXDATE keys: exact instants for date-times, whole dates for VALUE=DATE. */
  private excludedKeys(event: IcalComponent): Set<string> {
    const keys = new Set<string>();
    for (const property of event.getAllProperties('exdate')) {
      const zone = this.zoneOf(property);
      for (const value of property.getValues()) {
        const time = asTime(value);
        keys.add(time.isDate ? dateKey(time) : this.occurrenceKey(time, zone));
      }
    }
    return keys;
  }

  private occurrenceKey(time: IcalTime, zone: WallZone): string {
    return time.isDate ? dateKey(time) : `T${this.instantOf(time, zone)}`;
  }

  private zoneOf(property: IcalProperty, value?: IcalTime): WallZone {
    const time = value ?? timeOf(property);
    if (time.zone === ICAL.Timezone.utcTimezone) return { kind: 'utc' };
    const tzid = property.getParameter('tzid');
    if (typeof tzid !== 'string' || tzid === '') return { kind: 'iana', name: this.personZone }; // floating: the person's wall clock
    if (this.options.refusedZones.has(tzid)) {
      const iana = ianaZoneForTzid(tzid);
      if (!iana) throw new CalendarError({ code: 'time-zone-rule', zone: tzid });
      return { kind: 'iana', name: iana };
    }
    if (time.zone && time.zone !== ICAL.Timezone.localTimezone && time.zone.tzid === tzid) return { kind: 'vtimezone' };
    const iana = ianaZoneForTzid(tzid);
    if (!iana) throw new CalendarError({ code: 'unknown-time-zone', zone: tzid, yours: false });
    return { kind: 'iana', name: iana };
  }

  private instantOf(time: IcalTime, zone: WallZone): number {
    if (time.isDate) return wallClockInstant(this.personZone, time.year, time.month, time.day);
    if (zone.kind === 'utc') return utcFromFields(time.year, time.month, time.day, time.hour, time.minute, time.second);
    if (zone.kind === 'iana') return wallClockInstant(zone.name, time.year, time.month, time.day, time.hour, time.minute, time.second);
    if (time.year <= this.options.lastZoneYear) return time.toUnixTime() * 1000;
    // Far past the range: the zone's offset on the same date of the last year it is built for.
    const probe = time.clone();
    probe.day = Math.min(probe.day, 28);
    probe.year = this.options.lastZoneYear;
    const offsetSeconds = time.zone?.utcOffset(probe) ?? 0;
    const wall = utcFromFields(time.year, time.month, time.day, time.hour, time.minute, time.second);
    return Number.isFinite(wall) ? wall - offsetSeconds * 1000 : LATEST_INSTANT;
  }

  /**
   * A later DTSTART for the expansion, so a weekly series from five years ago (or a birthday from
   * 1604) does not walk every occurrence to reach the range. It jumps whole periods of the rule
   * (k × INTERVAL seconds, days, weeks, months or years on the wall clock), which keeps the
   * lattice of candidates and so exactly the same occurrences from the jump on. The jumped-to
   * start itself may not match the rule (ical.js always yields its start), so it is placed at
   * least a period before `target`, where the reader ignores it. Not for COUNT (it counts from
   * the real start), RDATE or several RRULEs.
   */
  private expansionStart(event: IcalComponent, dtstart: IcalTime, zone: WallZone, target: number, shapes: readonly RuleShape[]): IcalTime {
    const shape = shapes[0];
    if (!shape || shapes.length !== 1 || event.hasProperty('rdate') || shape.hasCount) return dtstart;
    const startMs = this.instantOf(dtstart, zone);
    if (!(target > startMs)) return dtstart;
    const { freq, interval } = shape;
    const jumped = dtstart.clone();
    if (isSubDaily(freq)) {
      if (dtstart.isDate) return dtstart;
      const stepSeconds = STEP_SECONDS[freq] * interval;
      // Two days' margin: the wall clock and the instants differ by daylight-saving hours.
      const steps = Math.floor((target - startMs) / (stepSeconds * 1000)) - Math.ceil((2 * 86_400) / stepSeconds);
      if (steps <= 0) return dtstart;
      jumped.adjust(0, 0, 0, steps * stepSeconds);
      return jumped;
    }
    if (freq === 'DAILY' || freq === 'WEEKLY') {
      // A daily rule filtered by weekday keeps both its day phase and its weekday.
      const stepDays = freq === 'WEEKLY' ? 7 * interval : shape.parts.BYDAY ? lcm(interval, 7) : interval;
      const steps = Math.floor((target - startMs) / (stepDays * DAY_MS)) - 1;
      if (steps <= 0) return dtstart;
      jumped.adjust(steps * stepDays, 0, 0, 0);
      return jumped;
    }
    const targetDate = new Date(target);
    if (freq === 'MONTHLY') {
      if (dtstart.day > 28) return dtstart; // a later month might not have that day
      const months = targetDate.getUTCFullYear() * 12 + targetDate.getUTCMonth() - (dtstart.year * 12 + dtstart.month - 1);
      const steps = Math.floor(months / interval) - 2;
      if (steps <= 0) return dtstart;
      const total = dtstart.year * 12 + dtstart.month - 1 + steps * interval;
      jumped.year = Math.floor(total / 12);
      jumped.month = (total % 12) + 1;
      return jumped;
    }
    if (dtstart.month === 2 && dtstart.day === 29) return dtstart; // most years have no 29 February
    const steps = Math.floor((targetDate.getUTCFullYear() - dtstart.year) / interval) - 1;
    if (steps <= 0) return dtstart;
    jumped.year = dtstart.year + steps * interval;
    return jumped;
  }
}

/** A property's value as a date or date-time; anything else (a period, text) makes the file unreadable. */
function timeOf(property: IcalProperty): IcalTime {
  return asTime(property.getFirstValue());
}

function asTime(value: unknown): IcalTime {
  if (value instanceof ICAL.Time && Number.isFinite(value.year) && Number.isFinite(value.month) && Number.isFinite(value.day)) return value;
  throw new CalendarError({ code: 'unreadable', line: null });
}

function summaryOf(event: IcalComponent): string | null {
  const summary = event.getFirstPropertyValue('summary');
  if (typeof summary !== 'string' || summary.trim() === '') return null;
  const trimmed = summary.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
}

function isCancelled(event: IcalComponent): boolean {
  return String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

function isFree(event: IcalComponent): boolean {
  return String(event.getFirstPropertyValue('transp') ?? '').toUpperCase() === 'TRANSPARENT';
}

function dateKey(time: IcalTime): string {
  return `D${time.year}-${time.month}-${time.day}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}
