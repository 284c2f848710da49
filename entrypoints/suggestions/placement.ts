/**
 * Where the card goes beside its box: below it, or above when the room below is short and above is
 * larger; moved sideways to stay in the viewport; never taller than the room it has (it scrolls
 * inside). Plain arithmetic on rectangles read once, right after a layout: the card is in the top
 * layer, so its fixed position is the viewport's and no ancestor of the page needs reading.
 */

/** Space between the box and the card, and kept from the viewport's edges (px). */
export const GAP = 8;
export const PADDING = 8;
/** The card never shrinks below this; a box with little room on both sides lets it overflow instead. */
export const MIN_HEIGHT = 160;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  x: number;
  y: number;
  maxHeight: number;
  side: 'bottom' | 'top';
}

/** The card of `size` beside `anchor` in a `viewport` of that width and height. */
export function placeCard(anchor: Rect, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - anchor.bottom - GAP - PADDING;
  const above = anchor.top - GAP - PADDING;
  // Below unless it does not fit there and there is more room above.
  const side = size.height <= below || below >= above ? 'bottom' : 'top';
  const room = side === 'bottom' ? below : above;
  const maxHeight = Math.max(MIN_HEIGHT, Math.floor(room));
  const height = Math.min(size.height, maxHeight);
  const y = side === 'bottom' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const x = Math.max(PADDING, Math.min(anchor.left, viewport.width - PADDING - size.width));
  return { x: Math.round(x), y: Math.round(y), maxHeight, side };
}
