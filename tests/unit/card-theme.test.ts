// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { luminance, pageTheme, parseColor } from '../../entrypoints/suggestions/theme';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

describe('the card follows the page theme', () => {
  test.each([
    ['rgb(24, 25, 26)', { r: 24, g: 25, b: 26, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['rgb(255 255 255 / 50%)', { r: 255, g: 255, b: 255, a: 0.5 }],
    ['transparent', null],
  ])('parses %s', (value, expected) => {
    expect(parseColor(value)).toEqual(expected);
  });

  test('luminance runs from black to white', () => {
    expect(luminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(luminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
  });

  test.each([
    ['#18191a', 'dark'],
    ['#242526', 'dark'],
    ['#ffffff', 'light'],
    ['#f0f2f5', 'light'],
  ])('the first background behind the box, %s, makes a %s card', (color, theme) => {
    document.body.innerHTML = `<div style="background:${color}"><div><div id="box" contenteditable="true"></div></div></div>`;
    expect(pageTheme(document.getElementById('box')!)).toBe(theme);
  });

  test('with no background anywhere, the colour scheme decides', () => {
    document.body.innerHTML = '<div id="box" contenteditable="true"></div>';
    const dark = (query: string) => ({ matches: query.includes('dark') }) as MediaQueryList;
    window.matchMedia = dark;
    expect(pageTheme(document.getElementById('box')!)).toBe('dark');
    window.matchMedia = (query: string) => ({ matches: !query.includes('dark') }) as MediaQueryList;
    expect(pageTheme(document.getElementById('box')!)).toBe('light');
  });
});
