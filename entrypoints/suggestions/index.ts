/**
 * Someday on a page, once a message box has had focus: the content script (entrypoints/focus-watch.ts)
 * imports this module and calls `start()`. It brings what reading the text needs; the card's UI loads
 * in a further step (load-stages.ts) and the planning runs in the background (extension/card-service.ts).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { languageFromTag } from '../../core/detect/detector';
import { createLoadingDetector } from '../../core/detect/loading';
import { replaceInBox, writerFor } from '../../page/editors';
import type { SuggestionsApi } from '../../extension/lazy-start';
import { handleTabMessages } from '../../extension/messages';
import { adapterForHostname } from '../../page/sites';
import { TYPING_PAUSE_MS } from '../../page/typing';
import { startInsertAtCaret } from './features/insert-at-caret';
import { createCardClient } from './card-client';
import { createUiLoader, importLanguage } from './load-stages';
import { pageTheme } from './theme';
import type { SuggestionsEnv } from './types';
import { watchBoxes } from './watcher';

function startSomeday(): void {
  // Ends every listener, observer and card when the extension is reloaded or removed under the page.
  const ctx = new ContentScriptContext('someday-suggestions');
  const adapter = adapterForHostname(location.hostname);
  const detector = createLoadingDetector({
    en: () => importLanguage('en'),
    es: () => importLanguage('es'),
    fr: () => importLanguage('fr'),
    de: () => importLanguage('de'),
    pt: () => importLanguage('pt'),
  });
  const uiLoader = createUiLoader(ctx);
  let reported = false;
  let preloaded = false;
  const env: SuggestionsEnv = {
    adapter,
    detector,
    service: createCardClient(adapter.site),
    cardUi: () => uiLoader.load(true),
    loadedCardUi: uiLoader.loaded,
    preload() {
      if (preloaded) return;
      preloaded = true;
      // The page's language is the likeliest for the first message; the card follows in idle time.
      const lang = languageFromTag(document.documentElement.lang) ?? languageFromTag(navigator.language) ?? 'en';
      void detector.preload(lang);
      void uiLoader.load(false).catch(() => undefined);
    },
    writerFor,
    replaceInBox,
    isPersonEvent: (event) => event.isTrusted,
    copyToClipboard: (text) => navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    ),
    themeOf: pageTheme,
    pauseMs: TYPING_PAUSE_MS,
    report(error) {
      if (reported) return;
      reported = true;
      console.warn('[Someday] Something went wrong; your text was left as it was.', error);
    },
  };
  const watcher = watchBoxes(env, ctx.signal);
  // "Insert my free times" (keyboard command or context menu), sent by the background.
  startInsertAtCaret(env, watcher.memory, (insert) => handleTabMessages({ 'insert-free-times': insert }), ctx.signal);
}

export default defineUnlistedScript((): SuggestionsApi => {
  let started = false;
  return {
    start() {
      if (started) return;
      started = true;
      startSomeday();
    },
  };
});
