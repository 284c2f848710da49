/**
 * X (Twitter): Draft.js in the post and reply composer and in the classic DM box; a plain textarea
 * in newer DM views (EDITORS.md).
 */
import { cleanName, context, findBoxWith, firstMatch } from './shared';
import type { SiteAdapter } from './types';

const BOX_SELECTORS = [
  // The post and reply composer: X puts this test id on Draft's editable element.
  '[data-testid^="tweetTextarea_"]',
  // The classic DM box (Draft.js) and the newer DM textarea share this test id.
  '[data-testid="dmComposerTextInput"]',
  // Draft's editable root, wherever X nests it.
  '.public-DraftEditor-content[contenteditable="true"]',
];

const DM_BOX = '[data-testid="dmComposerTextInput"], [data-testid="dmComposerTextInput"] *';

const DM_HEADER_NAME = [
  // The DM conversation header.
  '[data-testid="DMConversationHeader"] h2',
  '[data-testid="DmActivityViewport"] h2',
  'h2[role="heading"]',
  'h2',
];

export const xAdapter: SiteAdapter = {
  site: 'x',
  findBox: (target) => findBoxWith(BOX_SELECTORS, target),
  describe(box) {
    const isDm = box.matches(DM_BOX) || box.querySelector('[data-testid="dmComposerTextInput"]') !== null || location.pathname.startsWith('/messages');
    if (isDm) {
      const pane = box.closest('main, [role="main"], section') ?? document;
      return context('direct', cleanName(firstMatch(pane, DM_HEADER_NAME)?.textContent));
    }
    // A composer on a post's page, or one labelled as a reply, answers that post.
    if (/\/status\/\d+/.test(location.pathname) || /reply/i.test(box.getAttribute('aria-label') ?? '')) {
      return context('comment', null);
    }
    return context('post', null);
  },
  // On X the phrase decides: "would love to pick your brain" is business, "miss you" is social.
  modeFor: (kind) => kind,
};
