/**
 * The content script on the supported sites (registered in wxt.config.ts). It only watches for
 * focus; the first time a message box gets it, the rest of Someday loads (entrypoints/suggestions)
 * and takes over. It is kept free of the extension API wrapper and the content-script context,
 * which the loaded code brings, so a page where nobody writes pays well under a millisecond.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { importModule, modulePath, type SuggestionsApi } from '../extension/lazy-start';
import { adapterForHostname } from '../page/sites';

interface ExtensionRuntime {
  getURL(path: string): string;
}

/** Firefox has `browser`, Chrome has `chrome`: only getURL is needed here. */
function runtime(): ExtensionRuntime | undefined {
  const scope = globalThis as { browser?: { runtime?: ExtensionRuntime }; chrome?: { runtime?: ExtensionRuntime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

export default defineUnlistedScript(() => {
  const adapter = adapterForHostname(location.hostname);
  let loading = false;

  const load = async () => {
    loading = true;
    document.removeEventListener('focusin', onFocusIn, true);
    try {
      const url = runtime()?.getURL(modulePath('suggestions'));
      if (!url) return;
      (await importModule<SuggestionsApi>(url, 'start')).start();
    } catch (error) {
      // An extension that was updated or removed under the page: leave the page alone.
      console.warn('[Someday] Could not load; message boxes are left as they are.', error);
    }
  };

  function onFocusIn(event: FocusEvent) {
    const origin = event.composedPath()[0];
    if (!loading && origin instanceof Element && adapter.findBox(origin)) void load();
  }

  document.addEventListener('focusin', onFocusIn, true);
  const active = document.activeElement;
  if (active && adapter.findBox(active)) void load();
});
