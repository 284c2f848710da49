/**
 * Loading in steps. Focus brings only what reading the text needs: this module, with the detector, and
 * a language's rules and model as a message needs them. The card's UI (React and the card) is a module of its
 * own, evaluated in its own task: in idle time after focus, or at once when a card is waiting. The
 * planning happens in the background (extension/card-service.ts) and loads nothing on the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LanguageData } from '../../core/detect/detector';
import type { LanguageCode } from '../../core/detect/types';
import { importModule, modulePath, rulesModulePath } from '../../extension/lazy-start';
import type { CardUi, CardUiModule } from './card-ui';

interface ExtensionRuntime {
  getURL(path: string): string;
}

/** The extension's URL for a path: Firefox has `browser`, Chrome `chrome`. */
export function extensionUrl(path: string): string {
  const scope = globalThis as { browser?: { runtime?: ExtensionRuntime }; chrome?: { runtime?: ExtensionRuntime } };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) throw new Error('The extension is gone from this page.');
  return runtime.getURL(path);
}

/** A language's rules and model from their own module. */
export const importLanguage = (code: LanguageCode): Promise<LanguageData> =>
  importModule<LanguageData>(extensionUrl(rulesModulePath(code)), 'rules');

/** Waits for the page to be idle (at most `timeout` ms), or only for the next task when a card is waiting. */
function yieldToPage(urgent: () => boolean, timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (!urgent() && typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

export interface UiLoader {
  /** Loads the card's UI (once); `urgent` when the person is waiting for a card. */
  load(urgent: boolean): Promise<CardUi>;
  loaded(): CardUi | null;
}

export function createUiLoader(ctx: ContentScriptContext): UiLoader {
  let ui: CardUi | null = null;
  let loading: Promise<CardUi> | null = null;
  /** Set once someone waits: the remaining steps stop waiting for idle time. */
  let urgent = false;
  const isUrgent = () => urgent;

  const run = async (): Promise<CardUi> => {
    await yieldToPage(isUrgent);
    const { createCardUi } = await importModule<CardUiModule>(extensionUrl(modulePath('card-ui')), 'createCardUi');
    await yieldToPage(isUrgent);
    ui = await createCardUi(ctx);
    return ui;
  };

  return {
    load(now) {
      urgent ||= now;
      loading ??= run().catch((error: unknown) => {
        loading = null; // An extension updated under the page: a later focus tries again.
        throw error;
      });
      return loading;
    },
    loaded: () => ui,
  };
}
