import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { addFeed, refreshCalendar, startCalendarRefresh } from '../utils/calendars';
import { handleMessages } from '../utils/messages';

export default defineBackground(() => {
  handleMessages({
    'open-options': async () => {
      await browser.runtime.openOptionsPage();
    },
    'calendar-add-feed': ({ url }) => addFeed(url),
    'calendar-refresh': ({ id }) => refreshCalendar(id),
  });
  startCalendarRefresh();
});
