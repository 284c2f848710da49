import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { addFeed, refreshCalendar, startCalendarRefresh } from '../extension/calendars';
import { CARD_SERVICE, type CardServiceMessages } from '../extension/card-service';
import { startFollowUps } from '../extension/follow-ups';
import { t } from '../extension/i18n';
import { handleMessages, sendTabMessage } from '../extension/messages';
import { SITE_MATCHES } from '../page/sites';

/** The keyboard command (manifest `commands`) and the context-menu item share this id. */
const INSERT_FREE_TIMES = 'insert-free-times';

export default defineBackground(() => {
  handleMessages({
    'open-options': async () => {
      await browser.runtime.openOptionsPage();
    },
    'calendar-add-feed': ({ url }) => addFeed(url),
    'calendar-refresh': ({ id }) => refreshCalendar(id),
  });
  // The card's planner: the content script sends what it found and gets the card's plan.
  handleMessages<CardServiceMessages>(CARD_SERVICE);
  startCalendarRefresh();
  // Reminders for invites with no answer: an alarm, a notification, the badge.
  startFollowUps();

  // Menus outlive the service worker: created once per install or update, on editable fields of the supported sites only.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: INSERT_FREE_TIMES, title: t('menuInsertTimes'), contexts: ['editable'], documentUrlPatterns: SITE_MATCHES },
      () => void browser.runtime.lastError,
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== INSERT_FREE_TIMES || tab?.id === undefined) return;
    void insertFreeTimes(tab.id, info.frameId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== INSERT_FREE_TIMES) return;
    void (async () => {
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (target?.id !== undefined) await insertFreeTimes(target.id);
    })();
  });
});

/** Asks the tab's content script to put an invite at the caret; a tab without Someday just ignores it. */
async function insertFreeTimes(tabId: number, frameId?: number): Promise<void> {
  try {
    await sendTabMessage(tabId, { type: 'insert-free-times' }, frameId);
  } catch {
    // No content script in that tab or frame (not a supported site): nothing to insert into.
  }
}
