/**
 * The suggestion card's host on the page: one shadow root, created the first time a card is
 * needed, placed beside the box (placement.ts) and kept there while the page scrolls or resizes.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SuggestionCard, type SuggestionCardProps } from '../../components/SuggestionCard';
import cardCss from './card.css?inline';
import { placeCard } from './placement';

interface Mounted {
  root: Root;
  layer: HTMLDivElement;
  /** The shadow root's container the layer is shown in. */
  container: HTMLElement;
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
      return { root: createRoot(layer), layer, container };
    },
    onRemove(mounted) {
      mounted?.root.unmount();
    },
  });

  let anchorGone = () => {};
  /** What was last written, so an unchanged placement writes nothing (and sets off no observer). */
  let placed = { transform: '', maxHeight: '' };
  const place = (anchor: HTMLElement, layer: HTMLDivElement) => {
    if (!anchor.isConnected) {
      anchorGone();
      return;
    }
    const card = layer.firstElementChild as HTMLElement | null;
    const root = document.documentElement;
    // The card's own height, not the one its last max-height cut it to.
    const height = card ? card.scrollHeight + (card.offsetHeight - card.clientHeight) : layer.offsetHeight;
    const { x, y, maxHeight } = placeCard(anchor.getBoundingClientRect(), { width: layer.offsetWidth, height }, { width: root.clientWidth, height: root.clientHeight });
    const next = { transform: `translate(${x}px, ${y}px)`, maxHeight: `${maxHeight}px` };
    if (next.transform !== placed.transform) layer.style.transform = next.transform;
    if (next.maxHeight !== placed.maxHeight) layer.style.maxHeight = next.maxHeight;
    placed = next;
  };

  /**
   * Placing the card reads the page's layout. Read at any other moment on a page that keeps changing
   * (a feed adding posts), each read makes the browser lay the whole page out there and then; read
   * right after the browser's own layout of a frame, it costs nothing (afterNextLayout). It is placed
   * again when the page scrolls (any scroller) or resizes, and when the box or the card changes size.
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
    const view = anchor.ownerDocument.defaultView ?? window;
    const listening = new AbortController();
    view.addEventListener('scroll', schedule, { capture: true, passive: true, signal: listening.signal });
    view.addEventListener('resize', schedule, { passive: true, signal: listening.signal });
    // A box removed from the page reports a size of zero, which places (and so ends) the card.
    const sizes = new ResizeObserver(schedule);
    sizes.observe(anchor);
    sizes.observe(layer);
    schedule();
    stopFollowing = () => {
      pending?.();
      pending = null;
      listening.abort();
      sizes.disconnect();
    };
  };

  /** The props last rendered: an unchanged card renders nothing. */
  let rendered: SuggestionCardProps | null = null;

  /**
   * A hidden card's host stays on the page, in the top layer, empty and without its `data-someday`
   * attribute: the card's layer (with its React tree, so the next card renders only what differs)
   * leaves the shadow root, so nothing on the page finds a card, a preview or a button. Taking the
   * host out and putting it back into the page and the top layer for every card cost more.
   */
  const hide = () => {
    stopFollowing?.();
    stopFollowing = null;
    followed = null;
    if (visible) {
      ui.shadowHost.removeAttribute('data-someday');
      ui.mounted?.layer.remove();
    }
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
      if (!ui.mounted) {
        ui.mount();
        showInTopLayer(ui.shadowHost);
      } else if (!ui.shadowHost.isConnected) {
        document.body.append(ui.shadowHost);
        showInTopLayer(ui.shadowHost);
      }
      visible = true;
      const mounted = ui.mounted;
      if (!mounted) return;
      if (firstShow) {
        ui.shadowHost.setAttribute('data-someday', 'suggestion');
        if (!mounted.layer.isConnected) mounted.container.append(mounted.layer);
      }
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
