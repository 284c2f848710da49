// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupSection } from '../../components/BackupSection';
import { DateOverrides } from '../../components/DateOverrides';
import { paintHours, WeekGrid } from '../../components/WeekGrid';
import { WordingSection } from '../../components/WordingSection';
import { defaultWording, DEFAULT_TEMPLATES, type WordingSettings } from '../../core/templates';
import { STORED } from '../../extension/storage';
import { defaultAvailability, type StoredDateOverride, type StoredWeeklyWindow } from '../../core/availability-settings';
import { defaultFollowUpSettings } from '../../core/invite-log';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const cell = (day: number, hour: number) => document.querySelector<HTMLElement>(`[data-day="${day}"][data-hour="${hour}"]`)!;

function Grid({ initial, onChange }: { initial: StoredWeeklyWindow[]; onChange: (weekly: StoredWeeklyWindow[]) => void }) {
  const [weekly, setWeekly] = useState(initial);
  return <WeekGrid weekly={weekly} onChange={(next) => (setWeekly(next), onChange(next))} />;
}

describe('WeekGrid', () => {
  test('dragging across empty hours paints them free', () => {
    const onChange = vi.fn();
    render(<Grid initial={[]} onChange={onChange} />);
    fireEvent.pointerDown(cell(1, 9));
    fireEvent.pointerOver(cell(1, 10));
    fireEvent.pointerOver(cell(1, 11));
    expect(cell(1, 10).getAttribute('aria-selected')).toBe('true');
    fireEvent.pointerUp(cell(1, 11));
    expect(onChange).toHaveBeenLastCalledWith([{ day: 1, start: '09:00', end: '12:00' }]);
  });

  test('starting on a free hour erases, keeping the minutes around it', () => {
    const onChange = vi.fn();
    render(<Grid initial={[{ day: 2, start: '17:30', end: '21:00' }]} onChange={onChange} />);
    fireEvent.pointerDown(cell(2, 19));
    fireEvent.pointerUp(cell(2, 19));
    expect(onChange).toHaveBeenLastCalledWith([
      { day: 2, start: '17:30', end: '19:00' },
      { day: 2, start: '20:00', end: '21:00' },
    ]);
  });

  test('arrows move and Space switches an hour', () => {
    const onChange = vi.fn();
    render(<Grid initial={[]} onChange={onChange} />);
    const start = cell(1, 18);
    expect(start.tabIndex).toBe(0);
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell(2, 19));
    fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(onChange).toHaveBeenLastCalledWith([{ day: 2, start: '19:00', end: '20:00' }]);
    expect(cell(2, 19).getAttribute('aria-label')).toBe('Tuesday 19:00–20:00, free');
    fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  test('paintHours merges with neighbours', () => {
    expect(paintHours([{ day: 0, start: '10:00', end: '12:00' }], [{ day: 0, hour: 12 }], true)).toEqual([{ day: 0, start: '10:00', end: '13:00' }]);
  });
});

describe('DateOverrides', () => {
  test('adds a day off, a blocked range and extra hours, and removes one', async () => {
    const onChange = vi.fn<(next: StoredDateOverride[]) => Promise<void>>().mockResolvedValue(undefined);
    const { rerender } = render(<DateOverrides overrides={[]} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add date' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a date first.');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-12-24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add date' }));
    expect(onChange).toHaveBeenLastCalledWith([{ kind: 'dayOff', date: '2026-12-24' }]);

    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'blocked' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-20' } });
    fireEvent.change(screen.getByLabelText('Through'), { target: { value: '2027-01-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add date' }));
    expect(onChange).toHaveBeenLastCalledWith([{ kind: 'blocked', from: '2026-12-20', to: '2027-01-02' }]);

    const existing: StoredDateOverride[] = [
      { kind: 'blocked', from: '2026-12-20', to: '2027-01-02' },
      { kind: 'extraHours', date: '2026-12-24', windows: [{ start: '10:00', end: '14:00' }] },
    ];
    rerender(<DateOverrides overrides={existing} onChange={onChange} />);
    expect(screen.getByText('2026-12-24: also free 10:00–14:00')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove 2026-12-20 to 2027-01-02: away' }));
    expect(onChange).toHaveBeenLastCalledWith([existing[1]]);
  });
});

describe('WordingSection', () => {
  const availability = { ...defaultAvailability(), timeZone: 'America/New_York' };
  const now = () => new Date('2026-11-25T14:00:00Z');

  function renderSection(wording: WordingSettings = defaultWording()) {
    const onSave = vi.fn<(next: WordingSettings) => Promise<void>>().mockResolvedValue(undefined);
    render(
      <WordingSection
        wording={wording}
        onSave={onSave}
        planner={{ availability, calendars: [], inviteLog: [], followUps: defaultFollowUpSettings() }}
        now={now}
      />,
    );
    return { onSave };
  }

  test('the preview follows the template as it is typed, and a blur saves it', async () => {
    const { onSave } = renderSection();
    expect(screen.getByTestId('preview-social').textContent).toMatch(/^Want to get coffee, Sam\? I'm free .*Which works for you\?$/);
    const box = screen.getByLabelText('Friends');
    fireEvent.change(box, { target: { value: 'Yo {name}, {activity}? {times}' } });
    expect(screen.getByTestId('preview-social').textContent).toMatch(/^Yo Sam, get coffee\? /);
    fireEvent.blur(box);
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls.at(-1)![0].templates).toEqual({ social: { en: 'Yo {name}, {activity}? {times}' } });
  });

  test('an unknown placeholder is an inline error and is not saved', () => {
    const { onSave } = renderSection();
    const box = screen.getByLabelText('Friends');
    fireEvent.change(box, { target: { value: 'Hi {nmae}! {times}' } });
    expect(screen.getByRole('alert').textContent).toContain('Unknown placeholder: {nmae}');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    fireEvent.blur(box);
    expect(onSave).not.toHaveBeenCalled();
  });

  test('reset to default forgets the custom template', async () => {
    const custom: WordingSettings = { ...defaultWording(), templates: { social: { en: 'Custom {times}' } } };
    const { onSave } = renderSection(custom);
    const social = screen.getByLabelText('Friends').closest('.template')!;
    expect(screen.getByLabelText('Friends')).toHaveProperty('value', 'Custom {times}');
    fireEvent.click(within(social as HTMLElement).getByRole('button', { name: 'Reset to default' }));
    expect(screen.getByLabelText('Friends')).toHaveProperty('value', DEFAULT_TEMPLATES.social.en);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ ...custom, templates: {} }));
  });

  test('a custom activity is added with its duration and can be the default', async () => {
    const { onSave } = renderSection();
    fireEvent.change(screen.getByLabelText('Your own activity'), { target: { value: 'go climbing' } });
    fireEvent.change(screen.getByLabelText('Minutes'), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add activity' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].customActivities).toMatchObject([{ name: 'go climbing', durationMinutes: 150 }]);
    fireEvent.click(screen.getByLabelText('Dinner (120 min)'));
    expect(onSave.mock.calls.at(-1)![0].defaultActivity).toBe('dinner');
  });
});

describe('BackupSection', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
  const importFile = (f: File) => fireEvent.change(screen.getByLabelText('Import a backup file'), { target: { files: [f] } });

  test('export holds every part', async () => {
    await STORED.settings.item.setValue({ enabled: false, disabledSites: ['x'] });
    const download = vi.fn();
    render(<BackupSection download={download} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [name, json] = download.mock.calls[0] as [string, string];
    expect(name).toMatch(/^someday-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(backup).sort()).toEqual(
      ['availability', 'calendarSettings', 'calendars', 'exportedAt', 'followUps', 'format', 'inviteLog', 'settings', 'version', 'versions', 'wording'].sort(),
    );
    expect(backup.settings).toEqual({ enabled: false, disabledSites: ['x'] });
  });

  test.each([
    ['not JSON', '{oops', 'is not a JSON file (it stops being JSON at line 1, column 2)'],
    ['empty', '', 'b.json is empty'],
    ['another file', '{"hello": 1}', 'is not a Someday backup'],
    ['bad values', JSON.stringify({ format: 'someday-backup', version: 1, exportedAt: '', availability: { ...defaultAvailability(), maxTimes: 99 } }), 'availability › maxTimes'],
    [
      'a broken invite log',
      JSON.stringify({ format: 'someday-backup', version: 1, exportedAt: '', settings: { enabled: false, disabledSites: [] }, inviteLog: [{ id: 'x', sentAt: 'yesterday' }] }),
      'inviteLog › 0',
    ],
  ])('%s: an alert, and nothing saved', async (_case, text, message) => {
    render(<BackupSection />);
    importFile(file('b.json', text));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(message));
    expect(screen.getByRole('alert').textContent).toContain('Nothing changed');
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('a valid file shows what changes, and only Apply saves it', async () => {
    render(<BackupSection />);
    const availability = { ...defaultAvailability(), bufferMinutes: 45 };
    const wording = { ...defaultWording(), defaultActivity: 'walk' };
    importFile(file('mine.json', JSON.stringify({ format: 'someday-backup', version: 1, exportedAt: '', availability, wording, laterFeature: [] })));
    const review = await screen.findByRole('region', { name: 'What importing mine.json will change' });
    expect(review.textContent).toContain('Availability › bufferMinutes: 15 → 45');
    expect(review.textContent).toContain('Invite wording › defaultActivity: coffee → walk');
    expect(review.textContent).toContain('laterFeature');
    expect((await STORED.availability.item.getValue()).bufferMinutes).toBe(15);
    fireEvent.click(within(review).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported.'));
    expect((await STORED.availability.item.getValue()).bufferMinutes).toBe(45);
    expect((await STORED.wording.item.getValue()).defaultActivity).toBe('walk');
    expect(await fakeBrowser.storage.local.get('laterFeature')).toEqual({});
    expect(await fakeBrowser.storage.sync.get('laterFeature')).toEqual({});
  });
});

describe('the wording store', () => {
  test('a save over the sync item quota is refused and the stored wording is unchanged', async () => {
    const { openStore } = await import('../../extension/stores');
    const { SyncQuotaError } = await import('../../extension/storage');
    const store = openStore('wording');
    await store.ready;
    const long = 'x'.repeat(990) + ' {times}';
    const huge: WordingSettings = {
      ...defaultWording(),
      templates: Object.fromEntries((['social', 'business', 'businessNearby'] as const).map((kind) => [kind, { en: long, es: long, fr: long }])),
    };
    await expect(store.getState().save(huge)).rejects.toBeInstanceOf(SyncQuotaError);
    expect(store.getState().value).toEqual(defaultWording());
    expect(await STORED.wording.item.getValue()).toEqual(defaultWording());
    store.dispose();
  });
});
