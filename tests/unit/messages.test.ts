/** The one typed dispatcher, as the background and the content script use it. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, handleTabMessages, type Handlers } from '../../extension/messages';

beforeEach(() => fakeBrowser.reset());

const calendarResult = { ok: false as const, error: 'This calendar was removed.' };

describe('handleMessages', () => {
  test('hands each message to the handler for its type, with its fields, and answers with its result', async () => {
    const refresh = vi.fn(async ({ id }: { id: string }) => ({ ...calendarResult, id }));
    const stop = handleMessages({ 'open-options': async () => undefined, 'calendar-add-feed': async () => calendarResult, 'calendar-refresh': refresh });
    // The fake browser's sendMessage only answers through sendResponse; the polyfill takes promises, as the listener gives.
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'calendar-refresh', id: 'c1' }, {}, () => undefined)).toEqual([{ ...calendarResult, id: 'c1' }]);
    expect(refresh).toHaveBeenCalledWith({ type: 'calendar-refresh', id: 'c1' });
    stop();
  });

  test.each([
    ['another protocol’s type', { type: 'insert-free-times' }],
    ['a name from the object prototype', { type: 'toString' }],
    ['no type', { id: 'x' }],
    ['not an object', 'calendar-refresh'],
  ])('%s is left to other listeners (answered undefined)', async (_name, message) => {
    type Ping = { ping: { request: object; response: string } };
    const handlers: Handlers<Ping> = { ping: async () => 'pong' };
    handleMessages<Ping>(handlers);
    const listener = vi.fn(() => undefined);
    fakeBrowser.runtime.onMessage.addListener(listener);
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined);
    expect(answers).toEqual([undefined, undefined]);
    expect(listener).toHaveBeenCalled();
  });

  test('a handler that throws answers with a rejection, not a thrown listener', async () => {
    handleMessages<{ boom: { request: object; response: void } }>({
      boom: () => {
        throw new Error('broken');
      },
    });
    const [answer] = (await Promise.allSettled([fakeBrowser.runtime.onMessage.trigger({ type: 'boom' }, {}, () => undefined)]))!;
    expect(answer).toMatchObject({ status: 'rejected', reason: new Error('broken') });
  });

  test('the content script’s tab messages go through the same dispatcher, and stop when removed', async () => {
    const insert = vi.fn(async () => ({ ok: true as const }));
    const stop = handleTabMessages({ 'insert-free-times': insert });
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'insert-free-times' }, {}, () => undefined)).toEqual([{ ok: true }]);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  test('the type checker names a handler that is missing', () => {
    // @ts-expect-error -- 'calendar-refresh' has no handler.
    const stop = handleMessages({ 'open-options': async () => undefined, 'calendar-add-feed': async () => calendarResult });
    stop();
  });
});
