/**
 * The content script on the supported sites. It only listens for focus; the first time a message
 * box gets it, the rest of Someday loads (entrypoints/suggestions) and takes over.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SUGGESTIONS_SCRIPT, takeStart } from '../../utils/lazy-start';
import { adapterForHostname, SITE_MATCHES } from '../../utils/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHostname(location.hostname);
    let loading = false;

    const load = async () => {
      loading = true;
      document.removeEventListener('focusin', onFocusIn, true);
      try {
        await import(/* @vite-ignore */ browser.runtime.getURL(SUGGESTIONS_SCRIPT));
        if (ctx.isValid) takeStart()?.(ctx);
      } catch (error) {
        console.warn('[Someday] Could not load; message boxes are left as they are.', error);
      }
    };

    function onFocusIn(event: FocusEvent) {
      const origin = event.composedPath()[0];
      if (!loading && origin instanceof Element && adapter.findBox(origin)) void load();
    }

    document.addEventListener('focusin', onFocusIn, { capture: true, signal: ctx.signal });
    const active = document.activeElement;
    if (active && adapter.findBox(active)) void load();
  },
});
