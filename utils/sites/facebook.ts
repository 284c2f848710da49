/**
 * Facebook and Messenger: every box is a Lexical editor (EDITORS.md). Chat composers on
 * facebook.com/messages and messenger.com, the chat windows over the feed, comments and posts.
 */
import type { SiteId } from './index';
import { cleanName, context, findBoxWith, firstMatch } from './shared';
import type { SiteAdapter } from './types';

const BOX_SELECTORS = [
  // Lexical's editing host, in every Facebook and Messenger box.
  'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  // Any other textbox role the site uses for writing.
  '[role="textbox"][contenteditable="true"]',
];

// A comment box says so in its label: "Write a comment…", "Comment as Sam", "Write a reply…".
const COMMENT_LABEL = /\b(comment|reply)\b/i;
// The post composer's label: "What's on your mind, Sam?", "Create a public post…".
const POST_LABEL = /on your mind|create (a )?(public )?post|write something/i;

const CONVERSATION_CONTAINERS = [
  // A chat window over the feed, or the thread on /messages: labelled with the other person's name.
  '[aria-label^="Conversation with "]',
  '[aria-label^="Chat with "]',
  // The thread pane on messenger.com and facebook.com/messages.
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
  return /^message\b/i.test(label) || /^\/(messages\/)?t\//.test(location.pathname) || box.closest(CONVERSATION_CONTAINERS.slice(0, 2).join(',')) !== null;
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

export function facebookAdapter(site: Extract<SiteId, 'facebook' | 'messenger'>): SiteAdapter {
  return {
    site,
    findBox: (target) => findBoxWith(BOX_SELECTORS, target),
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
}
