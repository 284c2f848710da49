/**
 * The one protocol between Someday's contexts. Each message names its type; each context
 * handles the ones meant for it through a typed handler map.
 */
import { browser } from 'wxt/browser';
import type { CalendarResult } from './calendars';

export interface MessageTypes {
  /** Content scripts cannot open the options page themselves. */
  'open-options': { request: object; response: void };
  /** Feeds are fetched by the background, once the options page was granted the feed's origin. */
  'calendar-add-feed': { request: { url: string }; response: CalendarResult };
  /** "Refresh now": fetches one feed again, keeping its last good busy times if it fails. */
  'calendar-refresh': { request: { id: string }; response: CalendarResult };
}

/** A protocol: for each message type, what its request carries and what it answers. */
export type Protocol<P> = { [T in keyof P]: { request: object; response: unknown } };
export type ProtocolMessage<P extends Protocol<P>, T extends keyof P = keyof P> = { type: T } & P[T]['request'];
/** One handler per message type of a protocol; the type checker names a missing one. */
export type Handlers<P extends Protocol<P>> = { [T in keyof P]: (message: ProtocolMessage<P, T>) => Promise<P[T]['response']> };

export type MessageType = keyof MessageTypes;
export type Message<T extends MessageType = MessageType> = ProtocolMessage<MessageTypes, T>;
export type MessageHandlers = Handlers<MessageTypes>;

export function sendMessage<T extends MessageType>(message: Message<T>): Promise<MessageTypes[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<MessageTypes[T]['response']>;
}

/**
 * The one dispatcher, for every context: registers one listener that hands each message of the
 * protocol to its handler and leaves anything else to other listeners (it answers undefined).
 * Returns a function that removes the listener.
 */
export function handleMessages<P extends Protocol<P> = MessageTypes>(handlers: Handlers<NoInfer<P>>): () => void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type } = message as { type?: unknown };
    // Own handlers only: a message typed "toString" or "constructor" reaches nothing.
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof P] as (message: unknown) => Promise<unknown>;
    try {
      return Promise.resolve(handler(message));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Messages from the background to a tab's content script (a keyboard command, a context-menu click).
 */
export interface TabMessageTypes {
  /** "Insert my free times": an invite at the caret of the focused box, no vague phrase needed. */
  'insert-free-times': { request: object; response: InsertResult };
}

export type InsertResult =
  | { ok: true }
  /** no-box: nothing supported has focus; no-times: no free time to offer; rejected: the box did not take it. */
  | { ok: false; reason: 'no-box' | 'no-times' | 'rejected' };

export type TabMessageType = keyof TabMessageTypes;
export type TabMessage<T extends TabMessageType = TabMessageType> = ProtocolMessage<TabMessageTypes, T>;
export type TabMessageHandlers = Handlers<TabMessageTypes>;

export function sendTabMessage<T extends TabMessageType>(
  tabId: number,
  message: TabMessage<T>,
  frameId?: number,
): Promise<TabMessageTypes[T]['response']> {
  const options = frameId === undefined ? undefined : { frameId };
  return browser.tabs.sendMessage(tabId, message, options) as Promise<TabMessageTypes[T]['response']>;
}

/** The content script's handlers for `TabMessageTypes`, through the same dispatcher. */
export function handleTabMessages(handlers: TabMessageHandlers): () => void {
  return handleMessages<TabMessageTypes>(handlers);
}
