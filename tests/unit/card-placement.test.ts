/** Where the card goes beside its box (entrypoints/suggestions/placement.ts). */
import { describe, expect, test } from 'vitest';
import { GAP, MIN_HEIGHT, PADDING, placeCard } from '../../entrypoints/suggestions/placement';

const viewport = { width: 1200, height: 800 };
const box = (left: number, top: number, width = 400, height = 40) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  test('below the box, its left edges lined up, when there is room', () => {
    expect(placeCard(box(100, 200), { width: 340, height: 220 }, viewport)).toEqual({ x: 100, y: 200 + 40 + GAP, maxHeight: 800 - 240 - GAP - PADDING, side: 'bottom' });
  });

  test('above a chat box at the foot of the window, its bottom edge a gap above the box', () => {
    const placed = placeCard(box(700, 720), { width: 340, height: 220 }, viewport);
    expect(placed.side).toBe('top');
    expect(placed.y + 220).toBe(720 - GAP);
    expect(placed.maxHeight).toBe(720 - GAP - PADDING);
  });

  test('moved sideways to stay inside the viewport, never past its left edge', () => {
    expect(placeCard(box(1000, 100), { width: 340, height: 200 }, viewport).x).toBe(1200 - PADDING - 340);
    expect(placeCard(box(-50, 100), { width: 340, height: 200 }, viewport).x).toBe(PADDING);
  });

  test('with little room on both sides: the larger side, cut to its room (scrolling inside), never below the minimum', () => {
    const small = { width: 1200, height: 420 };
    const placed = placeCard(box(100, 150, 400, 40), { width: 340, height: 400 }, small);
    expect(placed.side).toBe('bottom'); // 214 px below, 134 above
    expect(placed.maxHeight).toBe(420 - 190 - GAP - PADDING);
    const tight = placeCard(box(100, 20, 400, 360), { width: 340, height: 400 }, small);
    expect(tight.maxHeight).toBe(MIN_HEIGHT);
  });

  test('whole pixels, so the card is never drawn blurred', () => {
    const placed = placeCard({ left: 10.4, top: 100.6, right: 300.2, bottom: 140.7 }, { width: 200.5, height: 100.2 }, viewport);
    expect(Number.isInteger(placed.x) && Number.isInteger(placed.y)).toBe(true);
  });
});
