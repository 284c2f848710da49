/**
 * X (x.com, twitter.com). Posts and replies: Draft.js. Direct messages: XChat at /i/chat/<id>, a
 * React-controlled <textarea>, behind a passcode screen at /i/chat/pin/…; the classic DM box at
 * /messages/<id> (Draft.js, or a textarea in some views) is kept as a fallback while it is served.
 *
 * Sources (docs/SITES.md has the links): X's own `data-testid`s as public automation code and
 * extension threads of 2026 select on them: `dm-composer-textarea`, `dm-composer-send-button`,
 * `dm-conversation-header`, `/i/chat/pin/new` and `/i/chat/pin/recovery` (seen 2026-03 to 2026-09);
 * `tweetTextarea_0` on Draft's editable root (seen 2026-03, OpenCLI issue #93). Not checked against
 * the live site by us.
 */
import type { EditorKind } from '../editors/types';
import { cleanName, context, findBoxWith, firstMatch } from './shared';
import type { SiteAdapter } from './types';

const BOX_SELECTORS = [
  // XChat's composer: a React-controlled textarea. 2026-09.
  'textarea[data-testid="dm-composer-textarea"]',
  // The post and reply composer: X puts this test id on Draft's editable element. 2026-03.
  '[data-testid^="tweetTextarea_"]',
  // The classic DM box (Draft.js, or a textarea in newer views), before XChat. 2025; fallback.
  '[data-testid="dmComposerTextInput"]',
  // Draft's editable root, wherever X nests it.
  '.public-DraftEditor-content[contenteditable="true"]',
];

const DM_BOX = [
  'textarea[data-testid="dm-composer-textarea"]',
  '[data-testid="dmComposerTextInput"]',
  '[data-testid="dmComposerTextInput"] *',
].join(', ');

const DRAFT_ROOT = '.public-DraftEditor-content, [data-testid^="tweetTextarea_"]';

/** Where a direct message is written: XChat at /i/chat/<id>, the classic box at /messages/<id>. */
const DM_PATH = /^\/(i\/chat|messages)(\/|$)/;
/** XChat's passcode screens (/i/chat/pin/new, /i/chat/pin/recovery, /i/chat/pin/verify): no message box. */
const PASSCODE_PATH = /^\/i\/chat\/pin(\/|$)/;

const DM_PANES = [
  // XChat's conversation panel, and the chat drawer over the timeline. 2026.
  '[data-testid="dm-conversation-panel"]',
  '[data-testid="chat-drawer-root"]',
  // The classic DM pane.
  'main',
  '[role="main"]',
  'section',
];

const DM_HEADER_NAME = [
  // XChat's conversation header: the display name is its heading, then the @handle. 2026.
  '[data-testid="dm-conversation-header"] h2',
  '[data-testid="dm-conversation-header"] [role="heading"]',
  '[data-testid="dm-conversation-header"]',
  // The classic DM conversation header. 2025; fallback.
  '[data-testid="DMConversationHeader"] h2',
  '[data-testid="DmActivityViewport"] h2',
  'h2[role="heading"]',
  'h2',
];

function isDirect(box: HTMLElement): boolean {
  return box.matches(DM_BOX) || box.querySelector('[data-testid="dmComposerTextInput"]') !== null || DM_PATH.test(location.pathname);
}

export const xAdapter: SiteAdapter & { site: 'x' } = {
  site: 'x',
  label: 'X (Twitter)',
  hostSuffixes: ['x.com', 'twitter.com'],
  findBox(target) {
    // The passcode screen has code fields, never a message.
    if (PASSCODE_PATH.test(location.pathname)) return null;
    return findBoxWith(BOX_SELECTORS, target);
  },
  editorKind(box): EditorKind | null {
    if (box instanceof HTMLTextAreaElement) return 'textarea';
    if (box.closest(DRAFT_ROOT) || box.querySelector('[data-contents="true"]')) return 'draft';
    return null;
  },
  describe(box) {
    if (isDirect(box)) {
      const pane = box.closest(DM_PANES.join(',')) ?? document;
      return context('direct', cleanName(firstMatch(pane, DM_HEADER_NAME)?.textContent));
    }
    // A composer on a post's page, or one labelled as a reply, answers that post.
    if (/\/status\/\d+/.test(location.pathname) || /reply/i.test(box.getAttribute('aria-label') ?? '')) {
      return context('comment', null);
    }
    // Only X's own post composer is a post; a box Someday does not know says nothing, so its text decides.
    if (box.closest(DRAFT_ROOT)) return context('post', null);
    return context('unknown', null);
  },
  // The phrase decides, in XChat as in posts: a wish is social unless it asks for advice ("would
  // love to pick your brain" is business, "miss you" and "we should hang out" are social).
  modeFor: (kind) => kind,
};
