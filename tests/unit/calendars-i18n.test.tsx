// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CalendarsSection, describeProblem, type CalendarActions } from '../../components/CalendarsSection';
import { CalendarError } from '../../core/ics';
import { CalendarInputError, calendarProblemSchema, problemOf, type CalendarProblem } from '../../extension/calendars';
import { catalog } from '../../extension/i18n/catalog';
import { LOCALES } from '../../extension/i18n/locales';
import { calendars as calendarMessages } from '../../extension/i18n/messages/calendars';
import { card } from '../../extension/i18n/messages/card';
import { common } from '../../extension/i18n/messages/common';
import { invites } from '../../extension/i18n/messages/invites';
import { options } from '../../extension/i18n/messages/options';
import { popup } from '../../extension/i18n/messages/popup';
import { STORED } from '../../extension/storage';
import { openStore } from '../../extension/stores';
import { type StoredCalendar } from '../../core/stored-calendars';

const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('calendar messages', () => {
  test.each(LOCALES)('%s has every calendar key, none empty, with the same placeholders as English', (locale) => {
    const english = calendarMessages.en as Record<string, string>;
    const messages = calendarMessages[locale] as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of Object.entries(messages)) {
      expect(message.trim(), key).not.toBe('');
      expect(placeholders(message), `${locale} ${key}`).toEqual(placeholders(english[key]!));
    }
  });

  test('keys are prefixed with cal, and no other area uses them', () => {
    const keys = Object.keys(calendarMessages.en);
    for (const key of keys) expect(key).toMatch(/^cal[A-Z][A-Za-z0-9_]*$/);
    const others = [common, card, popup, options, invites].flatMap((area) => Object.keys(area.en));
    expect(keys.filter((key) => others.includes(key))).toEqual([]);
    expect(Object.keys(catalog('en'))).toEqual(expect.arrayContaining(keys));
  });
});

describe('calendar problems', () => {
  const problems: CalendarProblem[] = [
    { code: 'address-empty' },
    { code: 'address-invalid', text: 'my calendar' },
    { code: 'address-scheme', scheme: 'ftp:' },
    { code: 'already-subscribed', name: 'Work' },
    { code: 'feed-no-permission', host: 'example.com' },
    { code: 'feed-unreachable', host: 'example.com' },
    { code: 'feed-timeout', host: 'example.com', seconds: 30 },
    { code: 'feed-http', host: 'example.com', status: '404 Not Found', hint: true },
    { code: 'feed-http', host: 'example.com', status: '500', hint: false },
    { code: 'feed-too-large', bytes: 12 * 1024 * 1024, limitBytes: 10 * 1024 * 1024 },
    { code: 'feed-not-calendar', host: 'example.com' },
    { code: 'not-icalendar' },
    { code: 'truncated' },
    { code: 'too-large', bytes: 11 * 1024 * 1024, limitBytes: 10 * 1024 * 1024 },
    { code: 'unknown-time-zone', zone: 'Mars/Olympus_Mons', yours: true },
    { code: 'unknown-time-zone', zone: 'Nowhere Standard Time', yours: false },
    { code: 'unknown-time-zone', zone: null, yours: false },
    { code: 'unreadable', line: null },
    { code: 'unreadable', line: 1234 },
    { code: 'time-zone-rule', zone: 'Custom/Fast' },
    { code: 'invalid-rule', event: 'Standup' },
    { code: 'invalid-rule', event: null },
    { code: 'unsupported-rule', event: 'Rent' },
    { code: 'unsupported-rule', event: null },
    { code: 'too-many-occurrences', limit: 100_000 },
    { code: 'too-many-dates', count: 400_000, limit: 50_000 },
    { code: 'too-slow', seconds: 6 },
    { code: 'address-credentials' },
    { code: 'address-refused', host: '127.0.0.1', reason: 'loopback' },
    { code: 'address-refused', host: '169.254.169.254', reason: 'link-local' },
    { code: 'address-refused', host: '224.0.0.1', reason: 'reserved' },
    { code: 'feed-redirect', host: 'example.com' },
    { code: 'feed-too-large', bytes: null, limitBytes: 10 * 1024 * 1024 },
    { code: 'invalid-range' },
    { code: 'storage-full', bytes: 9 * 1024 * 1024, budgetBytes: 8 * 1024 * 1024 },
    { code: 'calendar-removed' },
    { code: 'file-not-refreshable' },
    { code: 'unexpected' },
  ];

  test.each(problems)('%j is worded, every placeholder filled', (problem) => {
    const text = describeProblem(problem);
    expect(text).not.toBe('');
    expect(text).not.toMatch(/\$\d/);
  });

  test.each(problems)('%j is stored and read back by the schema', (problem) => {
    expect(calendarProblemSchema.parse(JSON.parse(JSON.stringify(problem)))).toEqual(problem);
  });

  test('the specifics are kept', () => {
    expect(describeProblem({ code: 'feed-http', host: 'example.com', status: '503 Service Unavailable', hint: false })).toBe(
      'example.com answered “503 Service Unavailable”.',
    );
    expect(describeProblem({ code: 'too-large', bytes: 11 * 1024 * 1024, limitBytes: 10 * 1024 * 1024 })).toContain('over the 10 MB limit');
    expect(describeProblem({ code: 'too-many-occurrences', limit: 100_000 })).toContain('more than 100,000 times');
    expect(describeProblem({ code: 'unreadable', line: 1234 })).toContain('from line 1,234 on');
    expect(describeProblem({ code: 'too-slow', seconds: 6 })).toContain('takes too long to read (over 6 seconds)');
    expect(describeProblem({ code: 'feed-too-large', bytes: 12.5 * 1024 * 1024, limitBytes: 10 * 1024 * 1024 })).toBe(
      'This calendar is 12.5 MB, over the 10 MB limit.',
    );
    expect(describeProblem({ code: 'feed-no-permission', host: 'calendar.google.com' })).toContain('calendar.google.com');
    expect(describeProblem({ code: 'unknown-time-zone', zone: 'Mars/Olympus_Mons', yours: true })).toContain('Mars/Olympus_Mons');
  });

  test('the reader’s errors become problems by code, whatever their message says', () => {
    expect(problemOf(new CalendarError({ code: 'truncated' }))).toEqual({ code: 'truncated' });
    expect(problemOf(new CalendarError({ code: 'too-large', bytes: 1, limitBytes: 10 * 1024 * 1024 }))).toEqual({
      code: 'too-large',
      bytes: 1,
      limitBytes: 10 * 1024 * 1024,
    });
    expect(problemOf(new CalendarError({ code: 'unknown-time-zone', zone: 'Mars/Olympus_Mons', yours: true }))).toEqual({
      code: 'unknown-time-zone',
      zone: 'Mars/Olympus_Mons',
      yours: true,
    });
    expect(problemOf(new CalendarInputError({ code: 'feed-unreachable', host: 'a.test' }))).toEqual({ code: 'feed-unreachable', host: 'a.test' });
  });

  test('an error Someday did not make is never shown as its own text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const raw = new TypeError("Cannot read properties of undefined (reading 'push')");
    expect(problemOf(raw)).toEqual({ code: 'unexpected' });
    expect(describeProblem(problemOf(raw))).toBe('Something went wrong reading this calendar.');
    expect(warn).toHaveBeenCalledWith(expect.any(String), raw);
  });
});

const feed: StoredCalendar = {
  id: 'f',
  name: 'Team',
  source: { kind: 'feed', url: 'https://cal.example/team.ics' },
  busy: [
    [Date.UTC(2026, 2, 3, 17), Date.UTC(2026, 2, 3, 18)],
    [Date.UTC(2026, 2, 4, 17), Date.UTC(2026, 2, 4, 18)],
  ],
  coversFrom: 0,
  coversUntil: Date.UTC(2026, 4, 1),
  readAt: Date.UTC(2026, 2, 2, 12),
  lastError: null,
};

function renderSection(overrides: Partial<CalendarActions> = {}) {
  const actions: CalendarActions = {
    importFile: vi.fn(),
    requestOrigin: vi.fn().mockResolvedValue(true),
    hasOrigin: vi.fn().mockResolvedValue(true),
    addFeed: vi.fn(),
    refresh: vi.fn(),
    remove: vi.fn(),
    restore: vi.fn(),
    bytesInUse: vi.fn().mockResolvedValue(2048),
    ...overrides,
  };
  render(<CalendarsSection calendars={openStore('calendars')} settings={openStore('calendarSettings')} actions={actions} />);
  return actions;
}

describe('CalendarsSection wording', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  test('a failed refresh is worded from its problem, not from the English text', async () => {
    await STORED.calendars.item.setValue([feed]);
    const refresh = vi.fn().mockResolvedValue({
      ok: false,
      id: 'f',
      error: 'raw English text',
      problem: { code: 'feed-http', host: 'cal.example', status: '503 Service Unavailable', hint: false },
    });
    renderSection({ refresh });
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh Team now' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not refresh “Team”. cal.example answered “503 Service Unavailable”. Its last good busy times are kept.',
    );
  });

  test('a result without a problem shows its own text', async () => {
    await STORED.calendars.item.setValue([feed]);
    renderSection({ refresh: vi.fn().mockResolvedValue({ ok: false, id: 'f', error: 'Old background said no.' }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh Team now' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not refresh “Team”. Old background said no. Its last good busy times are kept.');
  });

  test('in French: labels, plurals, sizes and dates follow the browser’s language', async () => {
    const french = catalog('fr') as Record<string, string>;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
      const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
      return (french[key] ?? '').replace(/\$(\d)/g, (match, index: string) => values[Number(index) - 1] ?? match);
    }) as typeof fakeBrowser.i18n.getMessage);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr');
    await STORED.calendars.item.setValue([{ ...feed, lastError: { message: 'Could not reach cal.example.', at: Date.UTC(2026, 2, 2, 13) } }]);
    renderSection();

    const item = await screen.findByRole('listitem', { name: 'Team' });
    expect(screen.getByRole('list', { name: 'Vos calendriers' })).toBeTruthy();
    const facts = item.querySelector('[data-testid="calendar-facts"]')!.textContent!;
    expect(facts).toContain('2 créneaux occupés · actualisé le ');
    expect(facts).toContain(new Date(feed.coversUntil).toLocaleDateString('fr', { dateStyle: 'medium' }));
    // Stored as English text: shown as written, inside a French sentence.
    expect(item.querySelector('[data-testid="calendar-error"]')!.textContent).toMatch(/^Échec de l’actualisation le .+ : Could not reach cal\.example\./);
    expect(await screen.findByText(/^Stocké sur cet appareil : 1 calendrier, 2 créneaux occupés, 2 Ko sur les 10 Mo/)).toBeTruthy();
    expect(screen.getByRole('option', { name: 'toutes les heures' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Actualiser Team maintenant' })).toBeTruthy();
  });
});
