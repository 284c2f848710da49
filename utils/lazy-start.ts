/**
 * The hand-over between the small content script and the rest of Someday, which loads only once a
 * message box is focused. Both run in the extension's isolated world, so a global slot is private.
 */
export type StartSuggestions = () => void;

const SLOT = Symbol.for('someday.start-suggestions');

export function provideStart(start: StartSuggestions): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = start;
}

export function takeStart(): StartSuggestions | null {
  const start = (globalThis as Record<symbol, unknown>)[SLOT];
  return typeof start === 'function' ? (start as StartSuggestions) : null;
}

/** The small content script, as the manifest lists it. */
export const FOCUS_WATCH_SCRIPT = 'focus-watch.js';

/** The bundle the content script loads on first focus, as the manifest exposes it. */
export const SUGGESTIONS_SCRIPT = '/suggestions.js' as const;
