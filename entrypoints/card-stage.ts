/**
 * The card's second module: the person's stored preferences and the planner, imported by the reading
 * module (entrypoints/suggestions) once a box has focus. Its code lives with the card's
 * (entrypoints/suggestions/card-stage.ts); this file only makes it a module of its own.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardStage, type CardStageModule } from './suggestions/card-stage';

export default defineUnlistedScript((): CardStageModule => ({ createCardStage }));
