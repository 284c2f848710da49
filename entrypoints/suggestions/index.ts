/**
 * Everything the card needs (the detector, the engines, React, storage), loaded by the content
 * script the first time a message box is focused, so pages where nobody writes pay nothing.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideStart } from '../../utils/lazy-start';
import { createCardUi } from './card-ui';
import { startSuggestions } from './suggestions';

export default defineUnlistedScript(() => {
  provideStart((ctx) => startSuggestions(ctx, () => createCardUi(ctx)));
});
