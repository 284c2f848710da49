import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../utils/sites';
import { createCardUi } from './card-ui';
import { startSuggestions } from './suggestions';

export default defineContentScript({
  matches: SITE_MATCHES,
  // The card's styles travel inside the script: no web-accessible file a page could probe for.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    startSuggestions(ctx, () => createCardUi(ctx));
  },
});
