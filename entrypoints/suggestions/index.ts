/**
 * Everything the card needs (the detector, the engines, React, storage), loaded by the content
 * script the first time a message box is focused, so pages where nobody writes pay nothing.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideStart } from '../../utils/lazy-start';
import { handleTabMessages } from '../../utils/messages';
import { createCardUi } from './card-ui';
import { takeInsert } from './insert-hook';
import { startSuggestions } from './suggestions';

export default defineUnlistedScript(() => {
  let started = false;
  provideStart(() => {
    if (started) return;
    started = true;
    // Ends every listener, observer and card when the extension is reloaded or removed under the page.
    const ctx = new ContentScriptContext('someday-suggestions');
    startSuggestions(ctx, () => createCardUi(ctx));
    // "Insert my free times" (keyboard command or context menu), sent by the background.
    const stopHandling = handleTabMessages({
      'insert-free-times': async () => {
        const insert = takeInsert();
        return insert ? insert() : { ok: false, reason: 'no-box' };
      },
    });
    ctx.onInvalidated(stopHandling);
  });
});
