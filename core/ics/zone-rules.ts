/**
 * A file's own time zones (VTIMEZONE), checked before ical.js may use them. ical.js builds every
 * clock change of a zone from its first DTSTART up to the year it is asked about, and trusts
 * the rules it is given: a zone "changing" every minute since 1970 is 30 million changes. A real
 * zone changes its clocks once or twice a year, so each observance's rule must be yearly, land
 * on few days a year, be able to land at all, and the zone's changes up to the last year the
 * reader asks about must stay within a budget. A zone that fails is not used: a TZID that is
 * also an IANA name is read with the platform's rules instead; any other is refused by name.
 */
import ICAL from 'ical.js';
import { MAX_ZONE_CHANGES_PER_YEAR, ZONE_CHANGE_BUDGET } from './limits.ts';
import { candidatesPerStep, checkRule, shapeOf } from './rules.ts';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalRecur = InstanceType<typeof ICAL.Recur>;

export interface FileZones {
  /** TZIDs registered with ical.js for this read; removed again afterwards. */
  registered: string[];
  /** TZIDs the file describes with rules that were not used. */
  refused: Set<string>;
}

/**
 * Registers the file's usable zones into `zones` (filled as it goes, so a failure half-way can
 * still be undone). `lastYear` is the latest year any time will be converted in
 * (the reader clamps later ones), so the budget matches what ical.js will actually build.
 */
export function registerFileZones(calendars: readonly IcalComponent[], lastYear: number, zones: FileZones): void {
  for (const calendar of calendars) {
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = vtimezone.getFirstPropertyValue('tzid');
      if (typeof tzid !== 'string' || tzid === '' || ICAL.TimezoneService.has(tzid)) continue;
      if (!zoneIsUsable(vtimezone, lastYear)) {
        zones.refused.add(tzid);
        continue;
      }
      ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
      zones.registered.push(tzid);
    }
  }
}

export function unregisterFileZones(zones: FileZones): void {
  // TimezoneService is global to ical.js; leave it as we found it so files cannot affect each other.
  for (const tzid of zones.registered) ICAL.TimezoneService.remove(tzid);
}

function zoneIsUsable(vtimezone: IcalComponent, lastYear: number): boolean {
  // ical.js expands to five years past the later of this year and the year asked about.
  const expandUntil = Math.max(lastYear, new Date().getUTCFullYear()) + 6;
  let changes = 0;
  for (const observance of vtimezone.getAllSubcomponents()) {
    const dtstart = observance.getFirstPropertyValue('dtstart');
    if (!(dtstart instanceof ICAL.Time)) continue; // ical.js skips an observance without a start
    for (const rdate of observance.getAllProperties('rdate')) changes += rdate.getValues().length;
    changes += 1;
    for (const property of observance.getAllProperties('rrule')) {
      const rule = property.getFirstValue() as IcalRecur;
      const yearly = changesOfRule(rule, dtstart, expandUntil);
      if (yearly === null) return false;
      changes += yearly;
    }
    if (changes > ZONE_CHANGE_BUDGET) return false;
  }
  return true;
}

/** The changes one observance rule defines up to `expandUntil`, or null when the rule is not one a real zone has. */
function changesOfRule(rule: IcalRecur, dtstart: IcalTime, expandUntil: number): number | null {
  const shape = shapeOf(rule);
  if (!shape || shape.freq !== 'YEARLY') return null;
  if (checkRule(rule, dtstart).kind !== 'ok') return null;
  const perYear = candidatesPerStep(shape);
  if (perYear > MAX_ZONE_CHANGES_PER_YEAR) return null;
  const untilYear = rule.until instanceof ICAL.Time ? Math.min(rule.until.year, expandUntil) : expandUntil;
  const years = Math.max(0, untilYear - dtstart.year + 1);
  const changes = Math.ceil((years * perYear) / shape.interval);
  return shape.hasCount ? Math.min(changes, rule.count ?? 0) : changes;
}
