/**
 * Follow-up reminders, run by the background: one alarm at the next moment a reminder falls due,
 * a notification per unanswered invite ("No answer from Sam yet"), and the badge on the toolbar
 * icon while any wants attention. Everything is read from storage each time, because the service
 * worker can be stopped at any moment and the browser restarted between reminders.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';
import { awaitingFollowUp, dueFollowUps, nextReminderAt, safeConversationUrl, updateReminders } from '../core/invite-log';
import { loadInviteLog } from './invite-log-store';
import { readStored, STORED, updateStored } from './storage';

export const FOLLOW_UP_ALARM = 'someday-follow-up';
const NOTIFICATION_PREFIX = 'someday-follow-up:';

/** Sets the badge and the next alarm from what is stored now. Safe to call as often as wanted. */
export async function syncFollowUps(now = new Date()): Promise<void> {
  // Through the schema, as everywhere: a preference that cannot be read takes its default, never stops reminders.
  const [log, settings] = await Promise.all([loadInviteLog(), readStored(STORED.followUps)]);
  const waiting = settings.reminders ? awaitingFollowUp(log, now, settings.followUpDays) : [];
  await browser.action.setBadgeText({ text: waiting.length > 0 ? String(waiting.length) : '' });
  if (waiting.length > 0) await browser.action.setBadgeBackgroundColor({ color: '#0b7a75' });
  const next = settings.reminders ? nextReminderAt(log, settings.followUpDays) : null;
  if (next === null) {
    await browser.alarms.clear(FOLLOW_UP_ALARM);
    return;
  }
  // An alarm in the past fires at once: that is what a reminder missed while the browser was closed needs.
  await browser.alarms.create(FOLLOW_UP_ALARM, { when: Math.max(next.getTime(), now.getTime() + 1000) });
}

/** Shows a notification for each invite whose reminder is due, then schedules the next one. */
export async function showDueFollowUps(now = new Date()): Promise<void> {
  const settings = await readStored(STORED.followUps);
  if (settings.reminders) {
    const shown: string[] = [];
    for (const entry of dueFollowUps(await loadInviteLog(), now, settings.followUpDays)) {
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${entry.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: entry.recipient ? t('followUpTitleNamed', entry.recipient.split(' ')[0] ?? entry.recipient) : t('followUpTitle'),
        message: t('followUpMessage'),
      });
      shown.push(entry.id);
    }
    // Written over what is stored now (an invite may have been accepted meanwhile); entries that cannot be read are kept.
    if (shown.length > 0) {
      await updateStored(STORED.inviteLog, (log) =>
        shown.reduce((current, id) => updateReminders(current, id, { lastShownAt: now.toISOString() }).log, log),
      );
    }
  }
  await syncFollowUps(now);
}

/** A click on a reminder opens its conversation, and only as a page on the site it came from. */
export async function openFollowUp(notificationId: string): Promise<boolean> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return false;
  const id = notificationId.slice(NOTIFICATION_PREFIX.length);
  const entry = (await loadInviteLog()).find((candidate) => candidate.id === id);
  await browser.notifications.clear(notificationId);
  const url = entry ? safeConversationUrl(entry) : null;
  if (!url) return false;
  await browser.tabs.create({ url });
  return true;
}

/** Wires the reminders into the background's listeners. Returns a function that removes them. */
export function startFollowUps(): () => void {
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === FOLLOW_UP_ALARM) void showDueFollowUps().catch((error: unknown) => console.warn('[Someday] Reminders failed.', error));
  };
  const onClicked = (notificationId: string) => void openFollowUp(notificationId);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  // The log or the preferences changed anywhere (an accepted invite, an outcome, a snooze): reschedule.
  const unwatchLog = STORED.inviteLog.item.watch(() => void syncFollowUps());
  const unwatchSettings = STORED.followUps.item.watch(() => void syncFollowUps());
  void syncFollowUps();
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.notifications.onClicked.removeListener(onClicked);
    unwatchLog();
    unwatchSettings();
  };
}
