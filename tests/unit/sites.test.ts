// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { settingsMigrations, settingsSchema } from '../../core/site-switches';
import { SITE_IDS, SITE_MATCHES, SITES, adapterForHostname, siteForHostname } from '../../page/sites';

function page(path: string, html: string): HTMLElement {
  window.history.pushState({}, '', path);
  document.body.innerHTML = html;
  const box = document.querySelector<HTMLElement>('[data-box]')!;
  // jsdom does not compute isContentEditable; browsers do.
  for (const element of [box, ...box.querySelectorAll('*')]) {
    if (element.closest('[contenteditable="true"]')) Object.defineProperty(element, 'isContentEditable', { value: true });
  }
  return box;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('siteForHostname', () => {
  test.each([
    ['www.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    // Closed in April 2026; it redirects to facebook.com/messages, where Someday runs.
    ['www.messenger.com', null],
    ['x.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['www.linkedin.com', 'linkedin'],
    ['notfacebook.com', null],
    ['facebook.com.evil.example', null],
    ['demo.someday.localhost', null],
  ])('%s → %s', (host, site) => {
    expect(siteForHostname(host)).toBe(site);
  });
});

describe('site adapters', () => {
  test.each([
    [
      'Facebook chat thread (end-to-end encrypted path): direct, name from the conversation label',
      'www.facebook.com',
      '/messages/e2ee/t/100001/',
      `<div role="main" aria-label="Conversation with Sam Rivera"><h2>Sam Rivera</h2>
         <div data-box role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Message"><p>hi</p></div></div>`,
      { surface: 'direct', recipient: 'Sam Rivera' },
      'social',
    ],
    [
      'Facebook chat window over the feed: direct, name from its header',
      'www.facebook.com',
      '/',
      `<div role="dialog"><h2>Alex Kim</h2>
         <div data-box role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Message"></div></div>`,
      { surface: 'direct', recipient: 'Alex Kim' },
      'social',
    ],
    [
      'Facebook comment: no name guessed',
      'www.facebook.com',
      '/',
      `<div role="article"><h2>Sam Rivera</h2>
         <div data-box role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a comment…"></div></div>`,
      { surface: 'comment', recipient: null },
      'social',
    ],
    [
      'Facebook post composer',
      'www.facebook.com',
      '/',
      `<div role="dialog" aria-label="Create post"><h2>Create post</h2>
         <div data-box role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What's on your mind, Sam?"></div></div>`,
      { surface: 'post', recipient: null },
      'social',
    ],
    [
      'X post composer',
      'x.com',
      '/compose/post',
      `<div data-box data-testid="tweetTextarea_0" class="public-DraftEditor-content" contenteditable="true" role="textbox"></div>`,
      { surface: 'post', recipient: null },
      'business',
    ],
    [
      'X reply on a status page',
      'x.com',
      '/sam/status/123',
      `<main><h2>Post</h2><div data-box data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></main>`,
      { surface: 'comment', recipient: null },
      'business',
    ],
    [
      'X direct message (textarea)',
      'x.com',
      '/messages/1-2',
      `<main><div data-testid="DMConversationHeader"><h2>Jordan Lee</h2></div>
         <textarea data-box data-testid="dmComposerTextInput"></textarea></main>`,
      { surface: 'direct', recipient: 'Jordan Lee' },
      'business',
    ],
    [
      'LinkedIn messaging overlay bubble',
      'www.linkedin.com',
      '/feed/',
      `<div class="msg-overlay-conversation-bubble"><h2 class="msg-overlay-bubble-header__title">Priya Natarajan</h2>
         <div data-box class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>hi</p></div></div>`,
      { surface: 'direct', recipient: 'Priya Natarajan' },
      'business',
    ],
    [
      'LinkedIn comment box (Quill)',
      'www.linkedin.com',
      '/feed/',
      `<div class="comments-comment-box"><div data-box class="ql-editor" contenteditable="true"></div></div>`,
      { surface: 'comment', recipient: null },
      'business',
    ],
    [
      'XChat conversation: direct, name from the conversation header, not the @handle',
      'x.com',
      '/i/chat/1234-5678',
      `<section data-testid="dm-conversation-panel"><header data-testid="dm-conversation-header"><h2>Avery Quinn</h2><span>@averyq</span></header>
         <div data-testid="dm-composer-form"><textarea data-box data-testid="dm-composer-textarea"></textarea></div></section>`,
      { surface: 'direct', recipient: 'Avery Quinn' },
      'business',
    ],
    [
      'XChat in the chat drawer over the timeline: direct, its own header',
      'x.com',
      '/home',
      `<main><h2>Home</h2></main><div data-testid="chat-drawer-root"><header data-testid="dm-conversation-header"><h2>Robin Ortiz</h2></header>
         <textarea data-box data-testid="dm-composer-textarea"></textarea></div>`,
      { surface: 'direct', recipient: 'Robin Ortiz' },
      'business',
    ],
  ] as const)('%s', (_name, host, path, html, expected, modeForBusinessPhrase) => {
    const box = page(path, html);
    const adapter = adapterForHostname(host);
    expect(adapter.findBox(box)).toBe(box);
    const context = adapter.describe(box);
    expect(context).toMatchObject(expected);
    // Written to someone: a direct message or a reply; a new post is not.
    expect(context.addressed).toBe(expected.surface !== 'post');
    expect(adapter.modeFor('business', context)).toBe(modeForBusinessPhrase);
  });

  test.each([
    ['a Facebook Lexical box', 'www.facebook.com', '/', '<div data-box role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Message"></div>', 'lexical'],
    ['an X post (Draft.js)', 'x.com', '/home', '<div data-box data-testid="tweetTextarea_0" class="public-DraftEditor-content" contenteditable="true" role="textbox"></div>', 'draft'],
    ['XChat (textarea)', 'x.com', '/i/chat/1-2', '<textarea data-box data-testid="dm-composer-textarea"></textarea>', 'textarea'],
    ['LinkedIn messaging', 'www.linkedin.com', '/messaging/', '<div data-box class="msg-form__contenteditable" contenteditable="true" role="textbox"><p></p></div>', 'contenteditable'],
    ['a LinkedIn post (Quill)', 'www.linkedin.com', '/feed/', '<div data-box class="ql-editor" contenteditable="true"></div>', 'quill'],
    ['a box the site does not name: the sniff decides', 'www.facebook.com', '/', '<div data-box contenteditable="true"></div>', null],
    ['any page without an adapter', 'demo.someday.localhost', '/', '<div data-box contenteditable="true" data-lexical-editor="true"></div>', null],
  ] as const)('the adapter declares the editor of %s', (_name, host, path, html, kind) => {
    const box = page(path, html);
    const adapter = adapterForHostname(host);
    expect(adapter.findBox(box)).toBe(box);
    expect(adapter.editorKind(box)).toBe(kind);
  });

  test.each(['/i/chat/pin/new', '/i/chat/pin/recovery', '/i/chat/pin/verify'])('XChat passcode screen %s: no box at all', (path) => {
    const field = page(path, '<input data-box type="text" inputmode="numeric" aria-label="Passcode digit 1">');
    expect(adapterForHostname('x.com').findBox(field)).toBeNull();
    // The same field anywhere else on X passes the generic rule: the path is what rules it out.
    window.history.pushState({}, '', '/i/chat/1-2');
    expect(adapterForHostname('x.com').findBox(field)).toBe(field);
  });

  test.each([
    ['x.com', '/someday-test/box'],
    ['www.linkedin.com', '/someday-test/box'],
  ])('a box on %s that is not one of the site\'s own composers is of unknown surface, so its text decides', (host, path) => {
    const box = page(path, '<textarea data-box aria-label="Write a message"></textarea>');
    const adapter = adapterForHostname(host);
    expect(adapter.findBox(box)).toBe(box);
    expect(adapter.describe(box)).toMatchObject({ surface: 'unknown', recipient: null });
  });

  test('the conversation key changes when the conversation does', () => {
    const adapter = adapterForHostname('www.facebook.com');
    const html = (name: string) =>
      `<div role="main" aria-label="Conversation with ${name}"><div data-box role="textbox" contenteditable="true" aria-label="Message"></div></div>`;
    const first = adapter.describe(page('/messages/t/1/', html('Sam Rivera'))).conversation;
    const second = adapter.describe(page('/messages/t/2/', html('Alex Kim'))).conversation;
    expect(first).not.toBe(second);
  });

  test('a search field on a supported site is never a box', () => {
    const box = page('/messages/', '<div data-box role="searchbox" contenteditable="true" aria-label="Search Messenger"></div>');
    expect(adapterForHostname('www.facebook.com').findBox(box)).toBeNull();
  });
});

describe('the site list, derived from the adapters', () => {
  test('every site has a label and match patterns for its hosts and their subdomains', () => {
    expect(SITES.map((site) => site.id)).toEqual(SITE_IDS);
    expect(SITE_MATCHES).toEqual(['*://*.facebook.com/*', '*://*.x.com/*', '*://*.twitter.com/*', '*://*.linkedin.com/*']);
    for (const site of SITES) expect(site.label).not.toBe('');
  });

  test('the stored site switches accept exactly the adapters\' sites', () => {
    expect(settingsSchema.safeParse({ enabled: true, disabledSites: [...SITE_IDS] }).success).toBe(true);
    expect(settingsSchema.safeParse({ enabled: true, disabledSites: ['myspace'] }).success).toBe(false);
  });

  test('settings stored before messenger.com closed keep every other switch', () => {
    const migrated = settingsMigrations[2]({ enabled: false, disabledSites: ['messenger', 'linkedin'] });
    expect(migrated).toEqual({ enabled: false, disabledSites: ['linkedin'] });
    expect(settingsSchema.parse(migrated)).toEqual(migrated);
  });
});
