/**
 * LinkedIn: a plain contenteditable with <p> lines in messaging (full page and overlay bubbles),
 * Quill in the post composer and comment boxes (EDITORS.md).
 */
import { cleanName, context, findBoxWith, firstMatch } from './shared';
import type { SiteAdapter } from './types';

const BOX_SELECTORS = [
  // Messaging, on the full page and in the overlay bubbles.
  'div.msg-form__contenteditable[contenteditable="true"]',
  // Quill's editor: the post composer and comment boxes.
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

export const linkedInAdapter: SiteAdapter = {
  site: 'linkedin',
  findBox: (target) => findBoxWith(BOX_SELECTORS, target),
  describe(box) {
    if (box.matches(MESSAGING_BOX)) {
      const container = box.closest(CONVERSATION_CONTAINERS.join(','));
      return context('direct', cleanName(firstMatch(container, CONVERSATION_NAME)?.textContent));
    }
    // Comment boxes live in the comments section; everything else is the post composer.
    if (box.closest('[class*="comments-comment-box"], [class*="comments-comment-texteditor"], [class*="comment-box"]')) {
      return context('comment', null);
    }
    return context('post', null);
  },
  // Professional contacts: a ten-minute call for advice.
  modeFor: () => 'business',
};
