/**
 * The content side's modules, and how one loads another. The content script (focus-watch.js) is a
 * plain script; on first focus of a box it imports the reading module (suggestions.js), which imports
 * a language's rules and the card's UI (card-ui.js) as they are needed. Each is a self-contained ES
 * module imported by its full extension URL and handing over plain functions as its default export:
 * Chrome resolves imports inside such a module against the extension's fixed ID, which
 * `use_dynamic_url` refuses (crbug.com/363027634), so none of them imports another.
 */
import type { LanguageCode } from '../core/detect/types';

/** The small content script, as the manifest lists it. */
export const FOCUS_WATCH_SCRIPT = 'focus-watch.js';

/** The unlisted entrypoints built as ES modules, by WXT name. */
export const MODULE_ENTRIES = ['suggestions', 'card-ui'] as const;
export type ModuleEntry = (typeof MODULE_ENTRIES)[number];

export const modulePath = (entry: ModuleEntry) => `/${entry}.js` as const;

/** One detector language's rules, built beside the entrypoints (scripts/language-rules.ts). */
export const rulesModulePath = (code: LanguageCode) => `/rules/${code}.js` as const;

/** Everything the content side may import, as web_accessible_resources lists it. */
export const CONTENT_MODULES = [...MODULE_ENTRIES.map((entry) => modulePath(entry).slice(1)), 'rules/*.js'];

/** What the reading module gives the content script. */
export interface SuggestionsApi {
  /** Starts following message boxes (idempotent). */
  start(): void;
}

/**
 * Imports an ES module by URL and returns its default export, checked to have `key`. The
 * extension's modules export what their `main()` returns, which is what `defineUnlistedScript` makes.
 */
export async function importModule<T extends object>(url: string, key: keyof T & string): Promise<T> {
  const module = (await import(/* @vite-ignore */ url)) as { default?: Partial<T> };
  const value = module.default;
  if (typeof value !== 'object' || value === null || !(key in value)) throw new Error(`${url} does not export ${key}`);
  return value as T;
}
