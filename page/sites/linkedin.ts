/**
 * LinkedIn: a plain contenteditable with <p> lines in messaging (full page and overlay bubbles),
 * Quill in the post composer and comment boxes.
 *
 * Sources (docs/SITES.md has the links): `.msg-form__contenteditable` and its Send button that
 * stays disabled until the page sees per-line input: opencues PR #93 (2026-06) and OpenCLI PR #1817
 * (2026-06); Quill's `.ql-editor` in posts and comments: Briskine issue #386 and EDITORS.md (last
 * seen 2025-12). LinkedIn publishes no test ids; these are its class names, which change without
 * notice. Not checked against the live site by us.
 */
import type { EditorKind } from '../editors/types';
import { cleanName, context, findBoxWith, firstMatch } from './shared';
import type { SiteAdapter } from './types';

const BOX_SELECTORS = [
  // Messaging, on the full page and in the overlay bubbles. 2026-06.
  'div.msg-form__contenteditable[contenteditable="true"]',
  // Quill's editor: the post composer and comment boxes. 2025-12.
  '.ql-editor[contenteditable="true"]',
];

const MESSAGING_BOX = '.msg-form__contenteditable';

const CONVERSATION_NAME = [
  // The overlay bubble's header.
  '.msg-overlay-bubble-header__title',
  // The full messaging page's thread header.
  '.msg-entity-lockup__entity-title',
  '#thread-detail-jump-target',
  '.msg-thread__link-to-profile',
  'h2',
];

const CONVERSATION_CONTAINERS = [
  // One overlay conversation bubble.
  '.msg-overlay-conversation-bubble',
  // The thread pane on /messaging.
  '.msg-convo-wrapper',
  '.msg-thread',
  'main',
];

export const linkedInAdapter: SiteAdapter & { site: 'linkedin' } = {
  site: 'linkedin',
  label: 'LinkedIn',
  hostSuffixes: ['linkedin.com'],
  findBox: (target) => findBoxWith(BOX_SELECTORS, target),
  editorKind(box): EditorKind | null {
    // Messaging takes lines one at a time, so its Send button sees the input.
    if (box.matches(MESSAGING_BOX)) return 'contenteditable';
    if (box.classList.contains('ql-editor')) return 'quill';
    return null;
  },
  describe(box) {
    if (box.matches(MESSAGING_BOX)) {
      const container = box.closest(CONVERSATION_CONTAINERS.join(','));
      return context('direct', cleanName(firstMatch(container, CONVERSATION_NAME)?.textContent));
    }
    // Comment boxes live in the comments section; the other Quill boxes are the post composer. A box
    // Someday does not know says nothing, so its text decides.
    if (box.closest('[class*="comments-comment-box"], [class*="comments-comment-texteditor"], [class*="comment-box"]')) {
      return context('comment', null);
    }
    if (box.classList.contains('ql-editor')) return context('post', null);
    return context('unknown', null);
  },
  // Professional contacts: a ten-minute call for advice.
  modeFor: () => 'business',
};
