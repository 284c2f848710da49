import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '../utils/messages';

export default defineBackground(() => {
  handleMessages({
    'open-options': async () => {
      await browser.runtime.openOptionsPage();
    },
  });
});
