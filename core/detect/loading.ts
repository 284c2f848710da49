/**
 * The detector as the content script uses it: each language (its rules with its model) is a separate
 * module, loaded the first time a message needs that language, so a page pays for one language rather
 * than five. Everything else about detection is the same code as `index.ts` (detector.ts).
 */
import { createDetector, type DetectOptions, type LanguageData } from './detector.ts';
import type { LanguageCode, VagueMatch } from './types.ts';

/** Brings one language: its rules and its model. The detector engineer's per-language data plugs in here. */
export type LanguageLoader = () => Promise<LanguageData>;

export interface LoadingDetector {
  /** Loads what `text` needs (once per language), then detects; never rejects. */
  detectVaguePhrases(text: string, options?: DetectOptions): Promise<VagueMatch[]>;
  detectLanguage(text: string): LanguageCode;
  /**
   * Loads a language ahead of need (the page's language, after focus) and then, in a task of its own
   * when the page is idle, does its one-time work, so the person's first pause pays only the detection.
   */
  preload(code: LanguageCode): Promise<void>;
}

/**
 * `loaders` brings each language: `lang/loaders.ts` in Node and tests, each language's own module
 * in the content script.
 */
/** Resolves when the page is idle (at most 2 s), in a task of its own. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

export function createLoadingDetector(loaders: Record<LanguageCode, LanguageLoader>): LoadingDetector {
  const loaded = new Map<LanguageCode, LanguageData>();
  const loading = new Map<LanguageCode, Promise<void>>();
  const detector = createDetector((code) => loaded.get(code));

  const load = (code: LanguageCode): Promise<void> => {
    let pending = loading.get(code);
    if (!pending) {
      pending = loaders[code]().then(
        (data) => void loaded.set(code, data),
        (error: unknown) => {
          // A language that cannot load is left out (its matches missed), never the others; a later message tries again.
          loading.delete(code);
          console.warn(`[Someday] Could not load the ${code} rules.`, error);
        },
      );
      loading.set(code, pending);
    }
    return pending;
  };

  return {
    async detectVaguePhrases(text, options) {
      const missing = detector.languagesFor(text, options).filter((code) => !loaded.has(code));
      if (missing.length > 0) await Promise.all(missing.map(load));
      return detector.detectVaguePhrases(text, options);
    },
    detectLanguage: (text) => detector.detectLanguage(text),
    async preload(code) {
      await load(code);
      if (!loaded.has(code)) return;
      await idle();
      detector.warm(code);
    },
  };
}
