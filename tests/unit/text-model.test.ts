// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { normalizeForComparison, readEditableText } from '../../page/editors/text-model';

function editable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('readEditableText', () => {
  test.each([
    ['LinkedIn-style <p> lines', '<p>hey</p><p>we should hang out</p>', 'hey\nwe should hang out'],
    ['an empty line between paragraphs', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    [
      'Lexical spans',
      '<p dir="ltr"><span data-lexical-text="true">hey! we should hang out</span></p>',
      'hey! we should hang out',
    ],
    [
      'Draft.js blocks',
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">one</span></span></div></div>' +
        '<div data-block="true"><div><span><span data-text="true">two</span></span></div></div></div>',
      'one\ntwo',
    ],
    ['Quill empty editor', '<p><br></p>', ''],
    ['inline formatting', '<p>we <b>should</b> <i>hang</i> out</p>', 'we should hang out'],
  ])('%s', (_name, html, text) => {
    expect(readEditableText(editable(html)).text).toBe(text);
  });

  test('maps text offsets to DOM positions and back, across inline elements', () => {
    const root = editable('<p>we <b>should</b> hang out</p>');
    const model = readEditableText(root);
    const start = model.text.indexOf('should');
    const position = model.positionAt(start);
    expect(position?.node.textContent).toBe('should');
    expect(position?.offset).toBe(0);
    const end = model.positionAt(start + 'should'.length, true);
    expect(end?.node.textContent).toBe('should');
    expect(end?.offset).toBe(6);
    expect(model.offsetOf(position!.node, 0)).toBe(start);
  });

  test('offsets on the second line count the line break', () => {
    const root = editable('<p>hey</p><p>we should</p>');
    const model = readEditableText(root);
    const position = model.positionAt(model.text.indexOf('should'));
    expect(position?.node.textContent).toBe('we should');
    expect(position?.offset).toBe(3);
  });
});

describe('normalizeForComparison', () => {
  test.each([
    ['a\u00a0b', 'a b'],
    ['a\u200bb\ufeff', 'ab'],
    ['text\n\n', 'text'],
  ])('%j → %j', (input, output) => {
    expect(normalizeForComparison(input)).toBe(output);
  });
});
