/**
 * Which feed addresses Someday fetches (issue 13 part 4): this device and the link-local network
 * never, in any spelling the URL parser accepts; the home network and plain http only after the
 * person confirms; public https at once.
 */
import { describe, expect, test } from 'vitest';
import { CalendarInputError, checkFeedAddress, hostKind } from '../../extension/calendars';

function refusal(input: string): unknown {
  try {
    checkFeedAddress(input);
  } catch (error) {
    return error instanceof CalendarInputError ? error.problem : error;
  }
  return null;
}

describe('refused, whatever the person confirms', () => {
  test.each([
    ['http://127.0.0.1/cal.ics', '127.0.0.1', 'loopback'],
    ['https://127.0.0.1:8443/cal.ics', '127.0.0.1:8443', 'loopback'],
    ['http://2130706433/', '127.0.0.1', 'loopback'], // 127.0.0.1 as one number
    ['http://0x7f.1/', '127.0.0.1', 'loopback'], // hex and a short form
    ['http://0177.0.0.1/', '127.0.0.1', 'loopback'], // octal
    ['http://017700000001/', '127.0.0.1', 'loopback'],
    ['http://127.1/', '127.0.0.1', 'loopback'],
    ['http://127.255.255.254/', '127.255.255.254', 'loopback'],
    ['http://0.0.0.0/', '0.0.0.0', 'loopback'], // reaches this device on most systems
    ['http://[::1]/', '[::1]', 'loopback'],
    ['http://[0:0:0:0:0:0:0:1]/', '[::1]', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]', 'loopback'], // IPv4-mapped
    ['http://[::127.0.0.1]/', '[::7f00:1]', 'loopback'], // IPv4-compatible
    ['http://[64:ff9b::7f00:1]/', '[64:ff9b::7f00:1]', 'loopback'], // NAT64
    ['http://[2002:7f00:1::]/', '[2002:7f00:1::]', 'loopback'], // 6to4
    ['http://localhost/', 'localhost', 'loopback'],
    ['http://LOCALHOST.:3000/', 'localhost.:3000', 'loopback'],
    ['https://calendar.localhost/', 'calendar.localhost', 'loopback'],
    ['https://ｌｏｃａｌｈｏｓｔ/', 'localhost', 'loopback'], // full-width letters
    ['http://localhost.localdomain/', 'localhost.localdomain', 'loopback'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'link-local'], // cloud metadata
    ['http://[fe80::1]/', '[fe80::1]', 'link-local'],
    ['http://[::ffff:169.254.169.254]/', '[::ffff:a9fe:a9fe]', 'link-local'],
    ['http://[::]/', '[::]', 'reserved'],
    ['http://224.0.0.251/', '224.0.0.251', 'reserved'], // multicast
    ['http://255.255.255.255/', '255.255.255.255', 'reserved'],
    ['http://[ff02::1]/', '[ff02::1]', 'reserved'],
  ])('%s', (input, host, reason) => {
    expect(refusal(input)).toEqual({ code: 'address-refused', host, reason });
  });

  test.each([
    ['', { code: 'address-empty' }],
    ['my calendar', { code: 'address-invalid', text: 'my calendar' }],
    ['ftp://example.com/cal.ics', { code: 'address-scheme', scheme: 'ftp:' }],
    ['file:///home/me/cal.ics', { code: 'address-scheme', scheme: 'file:' }],
    ['javascript:alert(1)', { code: 'address-scheme', scheme: 'javascript:' }],
    ['https://me:secret@example.com/cal.ics', { code: 'address-credentials' }],
  ])('%j', (input, problem) => {
    expect(refusal(input)).toEqual(problem);
  });
});

describe('taken only after the person confirms', () => {
  test.each([
    ['http://calendar.example.com/cal.ics', ['http']],
    ['https://10.0.0.5/cal.ics', ['private']],
    ['https://172.16.0.1/cal.ics', ['private']],
    ['https://172.31.255.255/cal.ics', ['private']],
    ['https://192.168.1.20/remote.php/dav/calendars/me/personal?export', ['private']],
    ['https://100.64.0.1/cal.ics', ['private']], // carrier-grade NAT
    ['https://[fd12:3456::1]/cal.ics', ['private']],
    ['https://[::ffff:192.168.1.20]/cal.ics', ['private']],
    ['https://nas.local/cal.ics', ['private']],
    ['https://nextcloud.home.arpa/cal.ics', ['private']],
    ['https://intranet/cal.ics', ['private']], // one-label names resolve on the local network
    ['http://192.168.1.20:5232/me/cal/', ['http', 'private']],
  ])('%s needs %j', (input, confirm) => {
    expect(checkFeedAddress(input).confirm).toEqual(confirm);
  });
});

describe('fetched at once', () => {
  test.each([
    ['webcal://p52-caldav.icloud.com/published/2/MTIz', 'https://p52-caldav.icloud.com/published/2/MTIz'],
    ['https://calendar.google.com/calendar/ical/x/basic.ics#top', 'https://calendar.google.com/calendar/ical/x/basic.ics'],
    ['https://172.32.0.1/cal.ics', 'https://172.32.0.1/cal.ics'], // just past 172.16/12
    ['https://11.0.0.1/cal.ics', 'https://11.0.0.1/cal.ics'],
    ['https://[2001:db8::1]/cal.ics', 'https://[2001:db8::1]/cal.ics'],
    ['https://localhost.example.com/cal.ics', 'https://localhost.example.com/cal.ics'],
  ])('%s', (input, href) => {
    expect(checkFeedAddress(input)).toEqual({ url: new URL(href), confirm: [] });
  });

  test('hostKind reads hostnames as URL serializes them', () => {
    expect(hostKind('example.com')).toBe('public');
    expect(hostKind('[::ffff:a00:1]')).toBe('private');
    expect(hostKind('[not-an-address]')).toBe('reserved');
  });
});
