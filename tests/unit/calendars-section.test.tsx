// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CalendarsSection, type CalendarActions } from '../../components/CalendarsSection';
import { importCalendarFile, readStoredCalendars, removeCalendar, restoreCalendar } from '../../extension/calendars';
import { STORED, calendarsBytesInUse } from '../../extension/storage';
import { openStore } from '../../extension/stores';
import { defaultAvailability } from '../../core/availability-settings';
import { type StoredCalendar } from '../../core/stored-calendars';

const NOW = new Date('2026-03-02T12:00:00Z');
const googleIcs = readFileSync(resolve('tests/calendar/fixtures/google.ics'), 'utf8');

beforeEach(async () => {
  fakeBrowser.reset();
  await STORED.availability.item.setValue({ ...defaultAvailability(), timeZone: 'America/New_York' });
});
afterEach(cleanup);

function renderSection(overrides: Partial<CalendarActions> = {}) {
  const actions: CalendarActions = {
    importFile: (file) => importCalendarFile(file, NOW),
    requestOrigin: vi.fn().mockResolvedValue(true),
    hasOrigin: vi.fn().mockResolvedValue(true),
    addFeed: vi.fn(),
    refresh: vi.fn(),
    remove: removeCalendar,
    restore: restoreCalendar,
    bytesInUse: calendarsBytesInUse,
    ...overrides,
  };
  render(<CalendarsSection calendars={openStore('calendars')} settings={openStore('calendarSettings')} actions={actions} />);
  return actions;
}

const chooseFile = (file: File) => fireEvent.change(screen.getByLabelText('Choose an .ics file'), { target: { files: [file] } });
const list = () => screen.getByRole('list', { name: 'Your calendars' });

describe('CalendarsSection', () => {
  test('a file chosen with the picker is listed with its number of busy times', async () => {
    renderSection();
    chooseFile(new File([googleIcs], 'google.ics', { type: 'text/calendar' }));
    const item = await screen.findByRole('listitem', { name: 'Work' });
    const [stored] = await readStoredCalendars();
    expect(stored!.busy.length).toBeGreaterThan(0);
    expect(within(item).getByTestId('calendar-facts').textContent).toContain(`${stored!.busy.length} busy times`);
    expect(screen.getByTestId('calendar-status').textContent).toContain('Imported “Work”');
    await waitFor(() =>
      expect(screen.getByTestId('calendar-storage').textContent).toMatch(
        new RegExp(`1 calendar, ${stored!.busy.length} busy times, [\\d.]+ (KB|bytes) of`),
      ),
    );
  });

  test('a broken file shows an alert and leaves the list exactly as it was', async () => {
    renderSection();
    chooseFile(new File([googleIcs], 'google.ics'));
    await screen.findByRole('listitem', { name: 'Work' });
    const before = await STORED.calendars.item.getValue();
    const listBefore = list().textContent;

    chooseFile(new File([googleIcs.slice(0, googleIcs.length / 2)], 'half.ics'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('half.ics was not imported.');
    expect(alert.textContent).toContain('cut off');
    expect(list().textContent).toBe(listBefore);
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
    expect(await STORED.calendars.item.getValue()).toEqual(before);
  });

  test('text that is not a calendar says so', async () => {
    renderSection();
    chooseFile(new File(['Name,Date\nLunch,Tuesday'], 'export.csv'));
    expect((await screen.findByRole('alert')).textContent).toContain('not an iCalendar (.ics) file');
    expect(screen.queryByRole('list', { name: 'Your calendars' })).toBeNull();
  });

  test('a file over the size limit is refused with the limit, unread', async () => {
    const importFile = vi.fn();
    renderSection({ importFile });
    const big = new File(['BEGIN:VCALENDAR'], 'huge.ics');
    Object.defineProperty(big, 'size', { value: 12 * 1024 * 1024 });
    chooseFile(big);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'huge.ics is 12 MB, over the 10 MB limit for a calendar file. Nothing was imported.',
    );
    expect(importFile).not.toHaveBeenCalled();
  });

  test('a file dropped on the drop zone is imported', async () => {
    renderSection();
    const zone = screen.getByRole('group', { name: /Import a calendar file/ });
    const file = new File([googleIcs], 'google.ics');
    fireEvent.dragOver(zone, { dataTransfer: { files: [file], types: ['Files'] } });
    expect(zone.className).toContain('dragging');
    fireEvent.drop(zone, { dataTransfer: { files: [file], types: ['Files'] } });
    await screen.findByRole('listitem', { name: 'Work' });
  });

  test('subscribing asks for the feed’s origin first, and a webcal:// link is fetched over https', async () => {
    const calendar: StoredCalendar = {
      id: 'f',
      name: 'Home',
      source: { kind: 'feed', url: 'https://p52-caldav.icloud.com/published/2/abc' },
      busy: [],
      coversFrom: 0,
      coversUntil: NOW.getTime(),
      readAt: NOW.getTime(),
      lastError: null,
    };
    const addFeed = vi.fn(async () => {
      await STORED.calendars.item.setValue([calendar]);
      return { ok: true as const, calendar };
    });
    const actions = renderSection({ addFeed });
    fireEvent.change(screen.getByLabelText('Subscribe to a calendar address'), {
      target: { value: 'webcal://p52-caldav.icloud.com/published/2/abc' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    await screen.findByRole('listitem', { name: 'Home' });
    expect(actions.requestOrigin).toHaveBeenCalledWith('https://p52-caldav.icloud.com/*');
    expect(addFeed).toHaveBeenCalledWith('https://p52-caldav.icloud.com/published/2/abc');
    expect(screen.getByRole('button', { name: 'Refresh Home now' })).toBeTruthy();
  });

  test('a refused permission adds nothing and says why', async () => {
    const addFeed = vi.fn();
    renderSection({ addFeed, requestOrigin: vi.fn().mockResolvedValue(false) });
    fireEvent.change(screen.getByLabelText('Subscribe to a calendar address'), { target: { value: 'https://example.com/cal.ics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect((await screen.findByRole('alert')).textContent).toContain('needs your permission to read example.com');
    expect(addFeed).not.toHaveBeenCalled();
  });

  test('an address that is not one is refused before any permission is asked', async () => {
    const actions = renderSection();
    fireEvent.change(screen.getByLabelText('Subscribe to a calendar address'), { target: { value: 'ftp://example.com/cal.ics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not ftp://');
    expect(actions.requestOrigin).not.toHaveBeenCalled();
  });

  test('a feed whose last refresh failed shows the error with its time, next to the kept busy times', async () => {
    await STORED.calendars.item.setValue([
      {
        id: 'f',
        name: 'Work',
        source: { kind: 'feed', url: 'https://calendar.google.com/x.ics' },
        busy: [[NOW.getTime(), NOW.getTime() + 3_600_000]],
        coversFrom: 0,
        coversUntil: NOW.getTime(),
        readAt: NOW.getTime() - 7_200_000,
        lastError: { message: 'Could not reach calendar.google.com.', at: NOW.getTime() },
      },
    ]);
    renderSection();
    const item = await screen.findByRole('listitem', { name: 'Work' });
    expect(within(item).getByTestId('calendar-facts').textContent).toContain('1 busy time · last refreshed');
    expect(within(item).getByTestId('calendar-error').textContent).toMatch(/^Refresh failed .+: Could not reach calendar\.google\.com\./);
  });

  test('remove is labelled with the calendar’s name and can be undone', async () => {
    renderSection();
    chooseFile(new File([googleIcs], 'google.ics'));
    await screen.findByRole('listitem', { name: 'Work' });
    const before = await STORED.calendars.item.getValue();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Work' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Work' })).toBeNull());
    // The list follows storage, the status follows the removal's answer: either may come first.
    await waitFor(() => expect(screen.getByTestId('calendar-status').textContent).toContain('Removed “Work”.'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('listitem', { name: 'Work' });
    expect(await STORED.calendars.item.getValue()).toEqual(before);
  });
});
