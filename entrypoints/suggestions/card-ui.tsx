/**
 * The suggestion card's host on the page: one shadow root, created the first time a card is
 * needed, placed beside the box with floating-ui and kept there while the page scrolls or resizes.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SuggestionCard, type SuggestionCardProps } from '../../components/SuggestionCard';
import cardCss from './card.css?inline';

interface Mounted {
  root: Root;
  layer: HTMLDivElement;
}

export interface CardProps extends SuggestionCardProps {
  /** Called when the page removes the box the card belongs to. */
  onAnchorGone: () => void;
}

export interface CardUi {
  show(anchor: HTMLElement, props: CardProps): void;
  hide(): void;
  readonly visible: boolean;
  /** Whether a node is part of the card (for focus moving into it). */
  contains(node: Node | null): boolean;
  /** Moves focus into the card: the checked activity, else the accept button. */
  focus(): boolean;
  /** Whether focus is inside the card. */
  readonly focused: boolean;
}

/** What the card's module (entrypoints/card-ui.ts) hands over. */
export interface CardUiModule {
  createCardUi(ctx: ContentScriptContext): Promise<CardUi>;
}

export async function createCardUi(ctx: ContentScriptContext): Promise<CardUi> {
  let stopFollowing: (() => void) | null = null;
  let followed: HTMLElement | null = null;
  let visible = false;

  const ui: ShadowRootContentScriptUi<Mounted> = await createShadowRootUi<Mounted>(ctx, {
    name: 'someday-suggestion',
    css: cardCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, shadow, host) {
      host.setAttribute('data-someday', 'suggestion');
      refuseUntrustedEvents(shadow);
      // The host is reset with `all: initial !important`; an inner fixed layer is what gets placed.
      const layer = document.createElement('div');
      layer.className = 'layer';
      container.append(layer);
      return { root: createRoot(layer), layer };
    },
    onRemove(mounted) {
      mounted?.root.unmount();
    },
  });

  let anchorGone = () => {};
  const place = (anchor: HTMLElement, layer: HTMLDivElement) => {
    if (!anchor.isConnected) {
      anchorGone();
      return;
    }
    void computePosition(anchor, layer, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(8),
        flip({ padding: 8 }),
        // A box with little room above and below: the card scrolls inside rather than leave the viewport.
        size({
          padding: 8,
          apply({ availableHeight }) {
            layer.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
          },
        }),
        shift({ padding: 8 }),
      ],
    }).then(({ x, y }) => {
      layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };

  /**
   * Placing the card reads the page's layout. Read at any other moment on a page that keeps changing
   * (a feed adding posts), each read makes the browser lay the whole page out there and then; read
   * right after the browser's own layout of a frame, it costs nothing (afterNextLayout).
   */
  const follow = (anchor: HTMLElement, layer: HTMLDivElement) => {
    stopFollowing?.();
    followed = anchor;
    let pending: (() => void) | null = null;
    const schedule = () => {
      pending ??= afterNextLayout(layer, () => {
        pending = null;
        place(anchor, layer);
      });
    };
    let stopUpdates: (() => void) | null = null;
    // floating-ui's autoUpdate reads the anchor as it starts: started after a layout too.
    const cancelStart = afterNextLayout(layer, () => {
      stopUpdates = autoUpdate(anchor, layer, schedule);
      place(anchor, layer);
    });
    stopFollowing = () => {
      cancelStart();
      pending?.();
      pending = null;
      stopUpdates?.();
    };
  };

  /** The props last rendered: an unchanged card renders nothing. */
  let rendered: SuggestionCardProps | null = null;

  const hide = () => {
    stopFollowing?.();
    stopFollowing = null;
    followed = null;
    // The host leaves the page but the React tree stays, so the next card only renders what differs.
    if (visible) ui.shadowHost.remove();
    visible = false;
  };
  ctx.onInvalidated(() => {
    hide();
    if (ui.mounted) ui.remove();
  });

  return {
    show(anchor, { onAnchorGone, ...props }) {
      anchorGone = onAnchorGone;
      // A page may remove the host; put it back rather than render into a detached tree.
      if (visible && !ui.shadowHost.isConnected) hide();
      const firstShow = !visible;
      if (!ui.mounted) ui.mount();
      else if (firstShow) document.body.append(ui.shadowHost);
      if (firstShow) showInTopLayer(ui.shadowHost);
      visible = true;
      const mounted = ui.mounted;
      if (!mounted) return;
      if (rendered === null || !sameCardProps(rendered, props)) {
        rendered = props;
        flushSync(() => mounted.root.render(<SuggestionCard {...props} />));
      }
      if (firstShow || followed !== anchor) follow(anchor, mounted.layer);
    },
    hide,
    get visible() {
      return visible && ui.shadowHost.isConnected;
    },
    focus() {
      const layer = ui.mounted?.layer;
      const target =
        layer?.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]') ??
        layer?.querySelector<HTMLElement>('[data-someday="accept"]:not([disabled])') ??
        layer?.querySelector<HTMLElement>('[data-someday="dismiss"]');
      if (!target) return false;
      target.focus({ preventScroll: true });
      return ui.shadow.activeElement === target;
    },
    get focused() {
      return visible && ui.shadow.activeElement !== null;
    },
    contains(node) {
      return node !== null && (node === ui.shadowHost || ui.shadowHost.contains(node) || ui.shadow.contains(node));
    },
  };
}

/**
 * Calls `read` once, right after the browser's next layout and before it paints: a ResizeObserver
 * delivers its first observation then, when reading positions forces no extra layout. Returns the cancel.
 */
function afterNextLayout(element: Element, read: () => void): () => void {
  const observer = new ResizeObserver(() => {
    observer.disconnect();
    read();
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** Props equal for rendering: the same values, and a status of the same kind. */
export function sameCardProps(a: SuggestionCardProps, b: SuggestionCardProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof SuggestionCardProps)[]);
  for (const key of keys) {
    if (key === 'status') {
      const [x, y] = [a.status, b.status];
      if (x.kind !== y.kind) return false;
      if (x.kind === 'failed' && y.kind === 'failed' && x.copied !== y.copied) return false;
      if (x.kind === 'no-times' && y.kind === 'no-times' && x.days !== y.days) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return true;
}

/**
 * Events on the card that act for the person. The shadow root is open, so the page can reach the
 * card's buttons and call `.click()` or dispatch keys on them.
 */
const PERSON_EVENTS = ['click', 'auxclick', 'dblclick', 'keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input', 'change', 'submit'] as const;

/**
 * Only the person acts on the card: an event the page made up (`isTrusted` false) is stopped at the
 * shadow root, before React's listeners on the layer inside it see it, and its default (a checkbox
 * toggling) is cancelled.
 */
function refuseUntrustedEvents(shadow: ShadowRoot): void {
  const refuse = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of PERSON_EVENTS) shadow.addEventListener(type, refuse, { capture: true });
}

/**
 * The top layer sits above every z-index on the page and outside its transforms and clipping, so a
 * page's own styles cannot hide, rotate or cut the card. Browsers without popovers keep the plain host.
 */
function showInTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  host.setAttribute('popover', 'manual');
  try {
    host.showPopover();
  } catch {
    host.removeAttribute('popover');
  }
}
