/**
 * Turning a TZID into something we can compute with. Files from Google and Apple carry IANA
 * names; Outlook writes Windows names ("W. Europe Standard Time"), often with a VTIMEZONE block
 * but not always. Resolution order: the file's own VTIMEZONE (ical.js), then the IANA name as
 * written, then the Windows name mapped through windows-iana.
 */
import { findIana } from 'windows-iana';

const knownIanaZones = new Map<string, boolean>();

export function isIanaTimeZone(name: string): boolean {
  const cached = knownIanaZones.get(name);
  if (cached !== undefined) return cached;
  let known: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    known = true;
  } catch {
    known = false;
  }
  knownIanaZones.set(name, known);
  return known;
}

/** An IANA zone for a TZID written without a VTIMEZONE, or undefined when we cannot tell. */
export function ianaZoneForTzid(tzid: string): string | undefined {
  const trimmed = tzid.trim().replace(/^"|"$/g, '');
  if (isIanaTimeZone(trimmed)) return trimmed;
  const fromWindows = findIana(trimmed).find(isIanaTimeZone);
  if (fromWindows) return fromWindows;
  // Some exporters prefix IANA names with a vendor path ("/mozilla.org/20050126_1/America/New_York").
  const pathTail = trimmed.split('/').slice(-2).join('/');
  if (pathTail !== trimmed && isIanaTimeZone(pathTail)) return pathTail;
  return undefined;
}
