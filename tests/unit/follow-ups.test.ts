import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FOLLOW_UP_ALARM, openFollowUp, showDueFollowUps, startFollowUps, syncFollowUps } from '../../extension/follow-ups';
import { recordInvite, setOutcome, type NewInvite } from '../../core/invite-log';
import { STORED } from '../../extension/storage';
import { loadInviteLog, logAcceptedInvite } from '../../extension/invite-log-store';

const DAY = 24 * 60 * 60 * 1000;
const sentAt = new Date('2026-11-25T10:00:00Z');

function invite(id: string, conversationUrl = 'https://www.messenger.com/t/100001/'): NewInvite {
  return {
    id,
    sentAt,
    site: 'messenger',
    conversationUrl,
    recipient: 'Sam Rivera',
    mode: 'social',
    activity: 'coffee',
    offered: [{ start: new Date('2026-12-01T23:00:00Z'), end: new Date('2026-12-02T02:00:00Z') }],
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('follow-up reminders', () => {
  test('an accepted invite schedules one alarm for three days later', async () => {
    await logAcceptedInvite(invite('a'));
    await syncFollowUps(new Date(sentAt.getTime() + 60_000));
    const alarm = await fakeBrowser.alarms.get(FOLLOW_UP_ALARM);
    expect(alarm?.scheduledTime).toBe(sentAt.getTime() + 3 * DAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  test('when it fires: a notification naming the person, the badge, and no second reminder for three days', async () => {
    await logAcceptedInvite(invite('a'));
    const due = new Date(sentAt.getTime() + 3 * DAY + 1000);
    await showDueFollowUps(due);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({
      'someday-follow-up:a': expect.objectContaining({ title: 'No answer from Sam yet', message: 'Nudge, or invite someone else?' }),
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await loadInviteLog())[0]?.reminders.lastShownAt).toBe(due.toISOString());
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(due.getTime() + 3 * DAY);
  });

  test('the alarm survives a restart: state is only in storage, and a missed reminder fires at once', async () => {
    await logAcceptedInvite(invite('a'));
    fakeBrowser.alarms.resetState(); // the browser was closed past the due time
    const later = new Date(sentAt.getTime() + 5 * DAY);
    await syncFollowUps(later);
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(later.getTime() + 1000);
  });

  test('an answered invite clears the alarm and the badge', async () => {
    await logAcceptedInvite(invite('a'));
    const log = await loadInviteLog();
    await STORED.inviteLog.item.setValue(setOutcome(log, 'a', 'no', new Date(sentAt.getTime() + DAY)).log);
    await syncFollowUps(new Date(sentAt.getTime() + 4 * DAY));
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  test('reminders switched off: no alarm, no notification', async () => {
    await STORED.followUps.item.setValue({ followUpDays: 3, weeklyGoal: 2, offeredTimes: 'mark', reminders: false });
    await logAcceptedInvite(invite('a'));
    await showDueFollowUps(new Date(sentAt.getTime() + 4 * DAY));
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeUndefined();
  });

  test('a click opens the conversation on its own site', async () => {
    await logAcceptedInvite(invite('a'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openFollowUp('someday-follow-up:a')).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: 'https://www.messenger.com/t/100001/' });
  });

  test('a logged address on another site is never opened', async () => {
    await STORED.inviteLog.item.setValue(recordInvite([], invite('evil', 'https://evil.example/t/1/')));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openFollowUp('someday-follow-up:evil')).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });

  test('the alarm firing in the background shows the reminder', async () => {
    vi.useFakeTimers({ now: sentAt.getTime() + 3 * DAY + 5000, toFake: ['Date'] });
    await logAcceptedInvite(invite('a'));
    const stop = startFollowUps();
    await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOW_UP_ALARM, scheduledTime: Date.now(), periodInMinutes: undefined } as never);
    await vi.waitFor(() => expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['someday-follow-up:a']));
    stop();
  });

  test('a log entry of the wrong shape is skipped with a warning, the rest still remind', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const good = recordInvite([], invite('a'));
    await STORED.inviteLog.item.setValue([{ id: 'broken' }, ...good] as never);
    await showDueFollowUps(new Date(sentAt.getTime() + 4 * DAY));
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['someday-follow-up:a']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('1 stored inviteLog value(s) could not be read'), [{ id: 'broken' }]);
    warn.mockRestore();
  });
});
