/**
 * Light or dark card: the page's own background behind the box decides, because sites keep their
 * dark mode in their own styles rather than in `prefers-color-scheme`.
 */
import type { CardTheme } from '../../components/SuggestionCard';

/** `rgb(…)`/`rgba(…)` as computed styles give it, or null for anything else. */
export function parseColor(value: string): { r: number; g: number; b: number; a: number } | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return null;
  const alphaText = match[4];
  const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a };
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The first non-transparent background from `element` up to the root; the colour scheme when none is set. */
export function pageTheme(element: Element): CardTheme {
  const view = element.ownerDocument.defaultView ?? window;
  for (let current: Element | null = element; current; current = current.parentElement ?? hostOf(current)) {
    const color = parseColor(view.getComputedStyle(current).backgroundColor);
    if (color && color.a > 0.5) return luminance(color) < 0.2 ? 'dark' : 'light';
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function hostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
