/**
 * Which calendar addresses Someday may fetch. A feed is fetched by the extension, which can reach
 * what a web page cannot: this device (127.0.0.1, spelled also 2130706433, 0x7f.1, [::1],
 * localhost...), the link-local network (169.254.169.254 answers cloud metadata requests) and the
 * home network. So:
 * - this device, link-local and unusable addresses are refused, in every spelling the URL parser
 *   accepts (it turns them all into one: "http://0x7f.1/" has the hostname "127.0.0.1");
 * - private ranges, `.local` and other home-network names, and plain http, are taken only after
 *   the person confirms (self-hosted calendars exist); granting the origin follows that confirmation.
 * Pure: no browser APIs, so the table tests run in plain Node.
 */
import { CalendarInputError } from './problems';

/** What the person must confirm before Someday asks the browser for the origin. */
export type FeedConfirmation = 'http' | 'private';

export interface FeedAddress {
  url: URL;
  /** Empty for a public https address. */
  confirm: FeedConfirmation[];
}

export type HostKind = 'public' | 'private' | 'loopback' | 'link-local' | 'reserved';

/**
 * The address to fetch for what the person pasted (or what a backup holds): `webcal://` (iCloud,
 * Outlook's "subscribe" links) is https underneath; anything but http(s) is refused, as are
 * addresses of this device and the link-local network. Throws CalendarInputError.
 */
export function checkFeedAddress(input: string): FeedAddress {
  const text = input.trim();
  if (text === '') throw new CalendarInputError({ code: 'address-empty' });
  const rewritten = text.replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(rewritten);
  } catch {
    throw new CalendarInputError({ code: 'address-invalid', text: text.slice(0, 200) });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CalendarInputError({ code: 'address-scheme', scheme: url.protocol.slice(0, 40) });
  }
  // fetch() refuses them, and a feed address carries its secret in the path anyway.
  if (url.username !== '' || url.password !== '') throw new CalendarInputError({ code: 'address-credentials' });
  url.hash = '';
  const kind = hostKind(url.hostname);
  if (kind === 'loopback' || kind === 'link-local' || kind === 'reserved') {
    throw new CalendarInputError({ code: 'address-refused', host: url.host, reason: kind });
  }
  const confirm: FeedConfirmation[] = [];
  if (url.protocol === 'http:') confirm.push('http');
  if (kind === 'private') confirm.push('private');
  return { url, confirm };
}

/** Kept for callers that only need the URL. */
export function toFeedUrl(input: string): URL {
  return checkFeedAddress(input).url;
}

/** The host permission pattern covering a feed: what is requested when it is added. */
export function originPattern(url: string | URL): string {
  return `${new URL(url).origin}/*`;
}

/** Names that mean the home network (RFC 6762 `.local`, RFC 8375 `home.arpa`, and common router names). */
const LOCAL_SUFFIXES = ['.local', '.home.arpa', '.internal', '.lan', '.localdomain'];
const LOOPBACK_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback']);

/** What a hostname, as `URL.hostname` gives it (lower case, IPv4 in dotted decimal, IPv6 in brackets), points at. */
export function hostKind(hostname: string): HostKind {
  const name = hostname.toLowerCase().replace(/\.+$/, '');
  if (name.startsWith('[')) return ipv6Kind(name.slice(1, -1));
  const ipv4 = parseIpv4(name);
  if (ipv4) return ipv4Kind(ipv4);
  if (name === '' || LOOPBACK_NAMES.has(name) || name.endsWith('.localhost')) return 'loopback';
  if (!name.includes('.') || LOCAL_SUFFIXES.some((suffix) => name.endsWith(suffix) || name === suffix.slice(1))) return 'private';
  return 'public';
}

function parseIpv4(name: string): number[] | null {
  const parts = name.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const octets = parts.map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

function ipv4Kind([a, b]: number[]): HostKind {
  if (a === undefined || b === undefined) return 'reserved';
  if (a === 127) return 'loopback';
  if (a === 0) return 'loopback'; // 0.0.0.0/8 reaches this device on most systems
  if (a === 169 && b === 254) return 'link-local';
  if (a >= 224) return 'reserved'; // multicast, reserved, broadcast
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'private'; // carrier-grade NAT, the provider's network
  if (a === 198 && (b === 18 || b === 19)) return 'private'; // benchmarking networks
  return 'public';
}

/**
 * Eight 16-bit groups of an IPv6 address as URL.hostname serializes it: compressed hex groups,
 * never a dotted IPv4 tail ("[::ffff:127.0.0.1]" becomes "[::ffff:7f00:1]"). Anything else is null.
 */
function parseIpv6(address: string): number[] | null {
  if (!/^[0-9a-f:]+$/.test(address)) return null;
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string | undefined) => (part === undefined || part === '' ? [] : part.split(':').map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? parseInt(group, 16) : NaN)));
  const left = groups(halves[0]);
  const right = groups(halves[1]);
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...left, ...Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...right];
  return all.every((group) => Number.isInteger(group)) ? all : null;
}

function ipv6Kind(address: string): HostKind {
  const groups = parseIpv6(address);
  if (!groups) return 'reserved';
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const embedded = (high: number, low: number) => ipv4Kind([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  const firstSixZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstSixZero && g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1)) return g7 === 1 ? 'loopback' : 'reserved'; // ::1, ::
  if (firstSixZero && g5 === 0xffff) return embedded(g6, g7); // IPv4-mapped ::ffff:a.b.c.d
  if (firstSixZero && g5 === 0) return embedded(g6, g7); // IPv4-compatible ::a.b.c.d (deprecated)
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return embedded(g6, g7); // NAT64
  if (g0 === 0x2002) return embedded(g1, g2); // 6to4 carries an IPv4 address
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // site-local (deprecated)
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // unique local fc00::/7
  if ((g0 & 0xff00) === 0xff00) return 'reserved'; // multicast
  return 'public';
}
