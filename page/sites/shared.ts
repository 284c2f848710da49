/** Pieces every site adapter uses: the generic fallback and careful reading of names from headers. */
import { findMessageBox, type MessageBox } from '../message-box';
import type { BoxContext, PageAdapter, Surface } from './types';

/** Finds a box by the site's selectors first; a box the generic rule rejects (a search field) stays rejected. */
export function findBoxWith(selectors: readonly string[], target: Element): MessageBox | null {
  const hooked = selectors.length > 0 ? target.closest<HTMLElement>(selectors.join(',')) : null;
  if (hooked && findMessageBox(hooked) === hooked) return hooked;
  return findMessageBox(target);
}

/** A display name as a person would read it: one line, no "Active now", no unread counts. */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const name = raw
    .split('\n')[0]!
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\d+\)$/, '')
    .trim();
  if (name.length === 0 || name.length > 80) return null;
  return name;
}

/** The first element matching any selector, tried in order, inside `root`. */
export function firstMatch(root: ParentNode | null, selectors: readonly string[]): Element | null {
  if (!root) return null;
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function conversationKey(recipient: string | null): string {
  return `${location.origin}${location.pathname}#${recipient ?? ''}`;
}

export function context(surface: Surface, recipient: string | null): BoxContext {
  // Never guess a name in a public reply or a post.
  const name = surface === 'direct' ? recipient : null;
  // A direct message and a reply are written to someone; a new post is not, unless its text says so.
  const addressed = surface === 'direct' || surface === 'comment';
  return { surface, addressed, recipient: name, conversation: conversationKey(name) };
}

/** Match patterns for a site's hosts and all their subdomains. */
export function matchPatterns(hostSuffixes: readonly string[]): string[] {
  return hostSuffixes.map((host) => `*://*.${host}/*`);
}

/** Any other page (the demo page among them): the generic rule, no names, the phrase decides the mode. */
export const genericAdapter: PageAdapter = {
  site: null,
  findBox: (target) => findMessageBox(target),
  editorKind: () => null,
  describe: () => context('unknown', null),
  modeFor: (kind) => kind,
};
