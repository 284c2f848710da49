// @vitest-environment jsdom
/**
 * The Calendars section's part in feed safety (issue 13 part 4): plain http and home-network
 * addresses wait for "Subscribe anyway" before the browser is asked; addresses of this device are
 * refused outright; a feed whose site Someday may not read (from a backup) offers "Allow", and
 * reads the feed at once when allowed; stored errors are worded in the person's language.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CalendarsSection, type CalendarActions } from '../../components/CalendarsSection';
import { catalog } from '../../extension/i18n/catalog';
import { STORED } from '../../extension/storage';
import type { StoredCalendar } from '../../core/stored-calendars';
import { openStore } from '../../extension/stores';

const NOW = Date.UTC(2026, 5, 1, 12);

const restored: StoredCalendar = {
  id: 'nas',
  name: 'Family',
  source: { kind: 'feed', url: 'http://192.168.1.20:5232/family/' },
  busy: [[NOW + 3_600_000, NOW + 7_200_000]],
  coversFrom: NOW - 86_400_000,
  coversUntil: NOW + 60 * 86_400_000,
  readAt: NOW - 86_400_000,
  lastError: null,
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderSection(overrides: Partial<CalendarActions> = {}) {
  const actions: CalendarActions = {
    importFile: vi.fn(),
    requestOrigin: vi.fn().mockResolvedValue(true),
    hasOrigin: vi.fn().mockResolvedValue(true),
    addFeed: vi.fn().mockResolvedValue({ ok: true, calendar: restored }),
    refresh: vi.fn().mockResolvedValue({ ok: true, calendar: restored }),
    remove: vi.fn(),
    restore: vi.fn(),
    bytesInUse: vi.fn().mockResolvedValue(1024),
    ...overrides,
  };
  render(<CalendarsSection calendars={openStore('calendars')} settings={openStore('calendarSettings')} actions={actions} />);
  return actions;
}

function subscribeTo(address: string) {
  fireEvent.change(screen.getByLabelText('Subscribe to a calendar address'), { target: { value: address } });
  fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
}

describe('subscribing', () => {
  test.each([
    ['http://calendar.example.com/cal.ics', 'calendar.example.com is not encrypted (http://)'],
    ['https://192.168.1.20/cal.ics', '192.168.1.20 is on your local network or a private address'],
    ['https://nas.local/cal.ics', 'nas.local is on your local network'],
    ['http://192.168.1.20:5232/family/', '192.168.1.20:5232 is a private address on your local network, reached without encryption'],
  ])('%s waits for “Subscribe anyway” before the browser is asked', async (address, warning) => {
    const actions = renderSection();
    subscribeTo(address);
    const confirm = await screen.findByTestId('calendar-confirm');
    expect(confirm.textContent).toContain(warning);
    expect(actions.requestOrigin).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Subscribe anyway' }));
    await waitFor(() => expect(actions.addFeed).toHaveBeenCalledWith(new URL(address).href));
    expect(actions.requestOrigin).toHaveBeenCalledWith(`${new URL(address).origin}/*`);
  });

  test('Cancel asks nothing and adds nothing', async () => {
    const actions = renderSection();
    subscribeTo('http://calendar.example.com/cal.ics');
    fireEvent.click(within(await screen.findByTestId('calendar-confirm')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('calendar-confirm')).toBeNull();
    expect(actions.requestOrigin).not.toHaveBeenCalled();
    expect(actions.addFeed).not.toHaveBeenCalled();
  });

  test.each([
    ['http://127.0.0.1:8080/cal.ics', '127.0.0.1:8080 is this device itself'],
    ['http://2130706433/cal.ics', '127.0.0.1 is this device itself'],
    ['http://[::1]/cal.ics', '[::1] is this device itself'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
  ])('%s is refused outright: no confirmation, no prompt', async (address, reason) => {
    const actions = renderSection();
    subscribeTo(address);
    expect((await screen.findByRole('alert')).textContent).toContain(reason);
    expect(screen.queryByTestId('calendar-confirm')).toBeNull();
    expect(actions.requestOrigin).not.toHaveBeenCalled();
  });

  test('a public https address is asked for at once', async () => {
    const actions = renderSection();
    subscribeTo('https://calendar.example.com/cal.ics');
    await waitFor(() => expect(actions.addFeed).toHaveBeenCalled());
    expect(screen.queryByTestId('calendar-confirm')).toBeNull();
  });

  test('the background failing is worded by problem, not by its own text', async () => {
    renderSection({ addFeed: vi.fn().mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'push')")) });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    subscribeTo('https://calendar.example.com/cal.ics');
    expect((await screen.findByRole('alert')).textContent).toBe('The calendar was not added: Something went wrong reading this calendar.');
  });
});

describe('a feed whose site Someday may not read', () => {
  test('says so with the warning it was added under, and Allow asks for the site and reads the feed', async () => {
    await STORED.calendars.item.setValue([restored]);
    const actions = renderSection({ hasOrigin: vi.fn().mockResolvedValue(false) });
    const item = await screen.findByRole('listitem', { name: 'Family' });
    const notice = await within(item).findByTestId('calendar-permission');
    expect(notice.textContent).toContain('Not refreshed: Someday needs your permission to read 192.168.1.20:5232');
    expect(notice.textContent).toContain('reached without encryption (http://)');
    fireEvent.click(within(notice).getByRole('button', { name: 'Allow Someday to read 192.168.1.20:5232 for Family' }));
    await waitFor(() => expect(actions.refresh).toHaveBeenCalledWith('nas'));
    expect(actions.requestOrigin).toHaveBeenCalledWith('http://192.168.1.20:5232/*');
    await waitFor(() => expect(within(item).queryByTestId('calendar-permission')).toBeNull());
  });

  test('refusing the prompt fetches nothing and keeps the notice', async () => {
    await STORED.calendars.item.setValue([restored]);
    const actions = renderSection({ hasOrigin: vi.fn().mockResolvedValue(false), requestOrigin: vi.fn().mockResolvedValue(false) });
    const notice = await screen.findByTestId('calendar-permission');
    fireEvent.click(within(notice).getByRole('button'));
    expect((await screen.findByRole('alert')).textContent).toBe('Someday still has no permission to read 192.168.1.20:5232, so nothing was fetched.');
    expect(actions.refresh).not.toHaveBeenCalled();
    expect(screen.getByTestId('calendar-permission')).toBeTruthy();
  });

  test('a restored feed at this device is explained, with no Allow button', async () => {
    await STORED.calendars.item.setValue([{ ...restored, source: { kind: 'feed', url: 'http://localhost:5232/family/' } }]);
    renderSection({ hasOrigin: vi.fn().mockResolvedValue(false) });
    const notice = await screen.findByTestId('calendar-permission');
    expect(notice.textContent).toBe('localhost:5232 is this device itself. Someday does not read calendars from it.');
    expect(within(notice).queryByRole('button')).toBeNull();
  });

  test('a granted feed shows no notice', async () => {
    await STORED.calendars.item.setValue([restored]);
    const actions = renderSection();
    await screen.findByRole('listitem', { name: 'Family' });
    await waitFor(() => expect(actions.hasOrigin).toHaveBeenCalledWith('http://192.168.1.20:5232/*'));
    expect(screen.queryByTestId('calendar-permission')).toBeNull();
  });
});

test('a stored refresh error is worded from its problem in the person’s language', async () => {
  const german = catalog('de') as Record<string, string>;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (german[key] ?? '').replace(/\$(\d)/g, (match, index: string) => values[Number(index) - 1] ?? match);
  }) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
  await STORED.calendars.item.setValue([
    { ...restored, lastError: { message: 'English sentence', at: NOW, problem: { code: 'too-slow', seconds: 6 } } },
  ]);
  renderSection();
  const error = await screen.findByTestId('calendar-error');
  expect(error.textContent).toContain('Das Lesen dieses Kalenders dauert zu lange (über 6 Sekunden)');
  expect(error.textContent).not.toContain('English sentence');
});
