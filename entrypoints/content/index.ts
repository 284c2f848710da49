import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../utils/sites';
import './card.css';
import { createCardUi } from './card-ui';
import { startSuggestions } from './suggestions';

export default defineContentScript({
  matches: SITE_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    startSuggestions(ctx, () => createCardUi(ctx));
  },
});
