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

export type MessageType = keyof MessageTypes;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageTypes[T]['request'];
export type MessageHandlers = { [T in MessageType]: (message: Message<T>) => Promise<MessageTypes[T]['response']> };

export function sendMessage<T extends MessageType>(message: Message<T>): Promise<MessageTypes[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<MessageTypes[T]['response']>;
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
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
