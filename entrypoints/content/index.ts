/**
 * The content script on the supported sites. It only listens for focus; the first time a message
 * box gets it, the rest of Someday loads (entrypoints/suggestions) and takes over. "Insert my free
 * times" (a keyboard command or the context menu, sent by the background) loads it too.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SUGGESTIONS_SCRIPT, takeStart } from '../../utils/lazy-start';
import { handleTabMessages } from '../../utils/messages';
import { adapterForHostname, SITE_MATCHES } from '../../utils/sites';
import { takeInsert } from '../suggestions/insert-hook';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHostname(location.hostname);
    let loading: Promise<void> | null = null;

    const load = () =>
      (loading ??= (async () => {
        document.removeEventListener('focusin', onFocusIn, true);
        try {
          await import(/* @vite-ignore */ browser.runtime.getURL(SUGGESTIONS_SCRIPT));
          if (ctx.isValid) takeStart()?.(ctx);
        } catch (error) {
          console.warn('[Someday] Could not load; message boxes are left as they are.', error);
        }
      })());

    function onFocusIn(event: FocusEvent) {
      const origin = event.composedPath()[0];
      if (!loading && origin instanceof Element && adapter.findBox(origin)) void load();
    }

    document.addEventListener('focusin', onFocusIn, { capture: true, signal: ctx.signal });
    const active = document.activeElement;
    if (active && adapter.findBox(active)) void load();

    const stopHandling = handleTabMessages({
      'insert-free-times': async () => {
        await load();
        const insert = takeInsert();
        return insert ? insert() : { ok: false, reason: 'no-box' };
      },
    });
    ctx.onInvalidated(stopHandling);
  },
});
