/**
 * The card's third module: React and the card itself, imported by the reading module
 * (entrypoints/suggestions) once there is a card to show, or in idle time after focus. Its code lives
 * with the card's (entrypoints/suggestions/card-ui.tsx); this file only makes it a module of its own.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi, type CardUiModule } from './suggestions/card-ui';

export default defineUnlistedScript((): CardUiModule => ({ createCardUi }));
