/**
 * The background's part: an alarm that refreshes the feeds every period, the period following the
 * person's setting, and a catch-up on startup. All state is in storage and the alarm itself,
 * because the service worker can be stopped at any time.
 */
import { browser } from 'wxt/browser';
import { STORED } from '../storage';
import { refreshAllCalendars, refreshStaleCalendars } from './feeds';
import { readCalendarSettings } from './stored';

export const REFRESH_ALARM = 'someday-calendar-refresh';
export const REFRESH_CHOICES_MINUTES = [30, 60, 120, 360, 720, 1440] as const;

/** Sets the refresh alarm to the stored period; leaves a matching alarm alone, so it is safe to call on every start. */
export async function scheduleCalendarRefresh(): Promise<void> {
  const { refreshMinutes } = await readCalendarSettings();
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing && existing.periodInMinutes === refreshMinutes) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: refreshMinutes, periodInMinutes: refreshMinutes });
}

/** Listeners are added synchronously so a stopped service worker is woken by them. Returns a function that removes them. */
export function startCalendarRefresh(): () => void {
  const report = (error: unknown) => console.warn('[Someday] Calendar refresh failed.', error);
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === REFRESH_ALARM) void refreshAllCalendars().catch(report);
  };
  const onInstalled = () => void scheduleCalendarRefresh().catch(report);
  const onStartup = () => void scheduleCalendarRefresh().then(() => refreshStaleCalendars()).catch(report);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onInstalled.addListener(onInstalled);
  browser.runtime.onStartup.addListener(onStartup);
  const unwatch = STORED.calendarSettings.item.watch(() => void scheduleCalendarRefresh().catch(report));
  void scheduleCalendarRefresh().catch(report);
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onInstalled.removeListener(onInstalled);
    browser.runtime.onStartup.removeListener(onStartup);
    unwatch();
  };
}
