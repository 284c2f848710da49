/**
 * Loading in steps. Focus brings only what reading the text needs: this module, with the detector, and
 * a language's rules as a message needs them. The card stage follows in two more modules, each
 * evaluated in its own task with the page given its turn between them: the stored preferences and the
 * planner, then React and the card. In idle time after focus, or at once when a card is waiting.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LanguageCode, LanguageRules } from '../../utils/detect/types';
import { importModule, modulePath, rulesModulePath, type ModuleEntry } from '../../utils/lazy-start';
import type { SiteId } from '../../utils/sites';
import type { CardStageModule } from './card-stage';
import type { CardUiModule } from './card-ui';
import type { CardStage } from './types';

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

const importEntry = <T extends object>(entry: ModuleEntry, key: keyof T & string) => importModule<T>(extensionUrl(modulePath(entry)), key);

/** A language's rules from its own module. */
export const importRules = (code: LanguageCode): Promise<LanguageRules> =>
  importModule<LanguageRules>(extensionUrl(rulesModulePath(code)), 'patterns');

/** Waits for the page to be idle (at most `timeout` ms), or only for the next task when a card is waiting. */
function yieldToPage(urgent: () => boolean, timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (!urgent() && typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

export interface StageLoader {
  /** Loads the card stage (once); `urgent` when the person is waiting for a card. */
  load(urgent: boolean): Promise<CardStage>;
  loaded(): CardStage | null;
}

export function createStageLoader(ctx: ContentScriptContext, site: SiteId | null): StageLoader {
  let stage: CardStage | null = null;
  let loading: Promise<CardStage> | null = null;
  /** Set once someone waits: the remaining steps stop waiting for idle time. */
  let urgent = false;
  const isUrgent = () => urgent;

  const run = async (): Promise<CardStage> => {
    await yieldToPage(isUrgent);
    const planning = (await importEntry<CardStageModule>('card-stage', 'createCardStage')).createCardStage(ctx, site);
    await yieldToPage(isUrgent);
    const { createCardUi } = await importEntry<CardUiModule>('card-ui', 'createCardUi');
    await yieldToPage(isUrgent);
    const ui = await createCardUi(ctx);
    stage = { ...planning, ui };
    return stage;
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
    loaded: () => stage,
  };
}
