// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findMessageBox } from '../../page/message-box';

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.querySelector('[data-target]') ?? document.body.firstElementChild!;
}

describe('findMessageBox', () => {
  test.each([
    ['a textarea', '<textarea data-target></textarea>', true],
    ['a text input', '<input data-target type="text">', true],
    ['an input with no type', '<input data-target>', true],
    ['a password field', '<input data-target type="password">', false],
    ['a search field', '<input data-target type="search">', false],
    ['an email field', '<input data-target type="email">', false],
    ['a role=searchbox box', '<div data-target contenteditable="true" role="searchbox"></div>', false],
    ['a role=combobox input', '<input data-target role="combobox">', false],
    ['an autocomplete list', '<input data-target aria-autocomplete="list">', false],
    ['a read-only textarea', '<textarea data-target readonly></textarea>', false],
    ['a disabled textarea', '<textarea data-target disabled></textarea>', false],
    ['a plain div', '<div data-target>hi</div>', false],
  ])('%s → %s', (_name, html, found) => {
    const target = element(html);
    if (target instanceof HTMLElement && target.getAttribute('contenteditable') === 'true') {
      // jsdom does not compute isContentEditable; mirror what browsers do.
      Object.defineProperty(target, 'isContentEditable', { value: true });
    }
    expect(findMessageBox(target) === target).toBe(found);
  });

  test('a span inside a contenteditable box finds the editing host', () => {
    document.body.innerHTML = '<div id="host" contenteditable="true" role="textbox"><p><span id="inner">hi</span></p></div>';
    const host = document.getElementById('host')!;
    const inner = document.getElementById('inner')!;
    for (const node of [host, inner, inner.parentElement!]) Object.defineProperty(node, 'isContentEditable', { value: true });
    expect(findMessageBox(inner)).toBe(host);
  });
});
