/**
 * The one protocol between Someday's contexts. Each message names its type; each context
 * handles the ones meant for it through a typed handler map.
 */
import { browser } from 'wxt/browser';
import type { CalendarResult } from './calendars';
import type { CardServiceMessages } from './card-service';

/** The card's messages (utils/card-service.ts) and the pages'. */
export interface MessageTypes extends CardServiceMessages {
  /** Content scripts cannot open the options page themselves. */
  'open-options': { request: object; response: void };
  /** Feeds are fetched by the background, once the options page was granted the feed's origin. */
  'calendar-add-feed': { request: { url: string }; response: CalendarResult };
  /** "Refresh now": fetches one feed again, keeping its last good busy times if it fails. */
  'calendar-refresh': { request: { id: string }; response: CalendarResult };
}

export type MessageType = keyof MessageTypes;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageTypes[T]['request'];
export type MessageHandlers = { [T in MessageType]: (message: Message<T>) => Promise<MessageTypes[T]['response']> };

export function sendMessage<T extends MessageType>(message: Message<T>): Promise<MessageTypes[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<MessageTypes[T]['response']>;
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
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
export type TabMessage<T extends TabMessageType = TabMessageType> = { type: T } & TabMessageTypes[T]['request'];
export type TabMessageHandlers = {
  [T in TabMessageType]: (message: TabMessage<T>) => Promise<TabMessageTypes[T]['response']>;
};

export function sendTabMessage<T extends TabMessageType>(
  tabId: number,
  message: TabMessage<T>,
  frameId?: number,
): Promise<TabMessageTypes[T]['response']> {
  const options = frameId === undefined ? undefined : { frameId };
  return browser.tabs.sendMessage(tabId, message, options) as Promise<TabMessageTypes[T]['response']>;
}

function isTabMessage(value: unknown): value is TabMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The content script's listener for `TabMessageTypes`; returns a function that removes it. */
export function handleTabMessages(handlers: TabMessageHandlers): () => void {
  const listener = (message: unknown) => {
    if (!isTabMessage(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type] as (message: TabMessage) => Promise<unknown>;
    return handler(message);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Registers one listener that dispatches to `handlers`; returns a function that removes it. */
export function handleMessages(handlers: MessageHandlers): () => void {
  const listener = (message: unknown) => {
    if (!isMessage(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type] as (message: Message) => Promise<unknown>;
    return handler(message);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
