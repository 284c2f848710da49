/**
 * Facebook: every box is a Lexical editor. Chat on facebook.com/messages (where messenger.com has
 * sent people since it closed in April 2026), the chat windows over the feed, comments and posts.
 *
 * Sources (docs/SITES.md has the links): the Lexical editing host and its attributes are Lexical's
 * own (`data-lexical-editor`, set by every Lexical root) and are what EDITORS.md and the public
 * extension threads of 2026 (opencues, Briskine) select on; the labels ("Message", "Write a
 * comment…", "What's on your mind, …?") are Facebook's English interface text. Last seen in
 * public reports: 2026-06. Not checked against the live site by us.
 */
import type { EditorKind } from '../editors/types';
import { cleanName, context, findBoxWith, firstMatch } from './shared';
import type { SiteAdapter } from './types';

const BOX_SELECTORS = [
  // Lexical's editing host, in every Facebook box (Lexical sets data-lexical-editor on its root). 2026-06.
  'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  // Any other textbox role the site uses for writing (older non-Lexical boxes, if still served). 2025.
  '[role="textbox"][contenteditable="true"]',
];

const LEXICAL_ROOT = '[data-lexical-editor="true"]';

// A comment box says so in its label: "Write a comment…", "Comment as Sam", "Write a reply…".
const COMMENT_LABEL = /\b(comment|reply)\b/i;
// The post composer's label: "What's on your mind, Sam?", "Create a public post…".
const POST_LABEL = /on your mind|create (a )?(public )?post|write something/i;
// A thread on facebook.com/messages: /messages/t/<id>/, end-to-end encrypted ones under /messages/e2ee/t/<id>/.
const THREAD_PATH = /^\/messages\/(e2ee\/)?t\//;

const CONVERSATION_CONTAINERS = [
  // A chat window over the feed, or the thread on /messages: labelled with the other person's name.
  '[aria-label^="Conversation with "]',
  '[aria-label^="Chat with "]',
  // The thread pane on facebook.com/messages.
  '[role="main"]',
  // A chat window over the feed.
  '[role="dialog"]',
  '[role="complementary"]',
];

const HEADER_NAME = [
  // The thread header's name: a heading in the conversation pane or chat window.
  'h1',
  'h2',
  '[role="heading"]',
];

function isDirect(box: HTMLElement): boolean {
  const label = box.getAttribute('aria-label') ?? '';
  if (COMMENT_LABEL.test(label) || POST_LABEL.test(label)) return false;
  return /^message\b/i.test(label) || THREAD_PATH.test(location.pathname) || box.closest(CONVERSATION_CONTAINERS.slice(0, 2).join(',')) !== null;
}

function readRecipient(box: HTMLElement): string | null {
  for (const selector of CONVERSATION_CONTAINERS) {
    const container = box.closest(selector);
    if (!container) continue;
    const label = container.getAttribute('aria-label') ?? '';
    const labelled = /^(Conversation|Chat) with (.+)$/.exec(label);
    if (labelled) return cleanName(labelled[2]);
    // A chat window over the feed is a dialog labelled with the other person's name.
    if (container.getAttribute('role') === 'dialog' && label && !POST_LABEL.test(label)) return cleanName(label);
    const header = firstMatch(container, HEADER_NAME);
    if (header) return cleanName(header.textContent);
  }
  return null;
}

export const facebookAdapter: SiteAdapter & { site: 'facebook' } = {
  site: 'facebook',
  label: 'Facebook',
  hostSuffixes: ['facebook.com'],
  findBox: (target) => findBoxWith(BOX_SELECTORS, target),
  editorKind: (box): EditorKind | null => (box.closest(LEXICAL_ROOT) ? 'lexical' : null),
  describe(box) {
    const label = box.getAttribute('aria-label') ?? '';
    if (POST_LABEL.test(label) || box.closest('[role="dialog"][aria-label*="post" i]')) return context('post', null);
    if (COMMENT_LABEL.test(label)) return context('comment', null);
    if (isDirect(box)) return context('direct', readRecipient(box));
    return context('unknown', null);
  },
  // Friends and family: always the social invite.
  modeFor: () => 'social',
};
