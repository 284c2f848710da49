// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { adapterForHostname, siteForHostname } from '../../utils/sites';

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
    ['www.messenger.com', 'messenger'],
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
      'Messenger thread: direct, name from the conversation label',
      'www.messenger.com',
      '/t/100001/',
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
  ] as const)('%s', (_name, host, path, html, expected, modeForBusinessPhrase) => {
    const box = page(path, html);
    const adapter = adapterForHostname(host);
    expect(adapter.findBox(box)).toBe(box);
    const context = adapter.describe(box);
    expect(context).toMatchObject(expected);
    expect(adapter.modeFor('business', context)).toBe(modeForBusinessPhrase);
  });

  test('the conversation key changes when the conversation does', () => {
    const adapter = adapterForHostname('www.messenger.com');
    const html = (name: string) =>
      `<div role="main" aria-label="Conversation with ${name}"><div data-box role="textbox" contenteditable="true" aria-label="Message"></div></div>`;
    const first = adapter.describe(page('/t/1/', html('Sam Rivera'))).conversation;
    const second = adapter.describe(page('/t/2/', html('Alex Kim'))).conversation;
    expect(first).not.toBe(second);
  });

  test('a search field on a supported site is never a box', () => {
    const box = page('/', '<div data-box role="searchbox" contenteditable="true" aria-label="Search Messenger"></div>');
    expect(adapterForHostname('www.messenger.com').findBox(box)).toBeNull();
  });
});
