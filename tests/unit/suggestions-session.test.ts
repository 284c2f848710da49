// @vitest-environment jsdom
/**
 * The path from a keystroke to an inserted invite, in one box's session: the real detector (loading a
 * language as a message needs it), the real background planner (extension/card-service.ts, over the
 * in-memory browser storage and through a JSON round trip as messaging does), the real textarea
 * writer; only the card's React UI is replaced by a recorder of what it was asked to show.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardFor, cardNearby, cardPlan, cardSent, cardSnooze } from '../../extension/card-service';
import { LANGUAGE_LOADERS } from '../../core/detect/lang/loaders';
import { createLoadingDetector } from '../../core/detect/loading';
import { replaceInBox, writerFor } from '../../page/editors';
import { readStored, STORED, writeStored } from '../../extension/storage';
import { genericAdapter } from '../../page/sites/shared';
import type { CardProps, CardUi } from '../../entrypoints/suggestions/card-ui';
import { insertAtCaret } from '../../entrypoints/suggestions/features/insert-at-caret';
import { createBoxSession } from '../../entrypoints/suggestions/session';
import type { BoxMemory, CardService, Session, SuggestionsEnv } from '../../entrypoints/suggestions/types';
import { CARD_FEATURES, watchBoxes } from '../../entrypoints/suggestions/watcher';

const WISH = 'hey! we should hang out sometime';

/** What crosses runtime messaging: plain JSON. */
const overMessaging = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

/** The page's side of the card's messages, answered by the background's own handlers. */
function inProcessService(): CardService & { sent: number } {
  const service = {
    sent: 0,
    cardFor: async (candidates, choices) => overMessaging(await cardFor(overMessaging({ site: null, candidates, choices }))),
    plan: async (choices) => overMessaging(await cardPlan(overMessaging({ choices }))),
    snooze: (choice, phrase) => cardSnooze({ site: null, choice, phrase }),
    setNearby: (conversation, nearby) => cardNearby({ conversation, nearby }),
    logSent: async ({ context, mode, card }) => {
      service.sent++;
      await cardSent(
        overMessaging({ site: null, conversationUrl: location.href, recipient: context.recipient, mode, activity: card.activityId, offered: card.offered }),
      );
    },
    openOptions: () => undefined,
  } satisfies CardService & { sent: number };
  return service;
}

/** Records what the card was asked to show instead of rendering it. */
class RecordingCard implements CardUi {
  shown: CardProps[] = [];
  renders = 0;
  private showing: CardProps | null = null;
  show(_anchor: HTMLElement, props: CardProps) {
    if (this.showing !== props) this.renders++;
    this.showing = props;
    this.shown.push(props);
  }
  hide() {
    this.showing = null;
  }
  get visible() {
    return this.showing !== null;
  }
  get props(): CardProps {
    if (!this.showing) throw new Error('no card is showing');
    return this.showing;
  }
  contains() {
    return false;
  }
  focus() {
    return false;
  }
  get focused() {
    return false;
  }
}

interface Harness {
  env: SuggestionsEnv;
  card: RecordingCard;
  service: ReturnType<typeof inProcessService>;
  memory: BoxMemory;
  /** Events the person made; everything else counts as made up by the page. */
  personal: WeakSet<Event>;
  errors: unknown[];
}

function harness(): Harness {
  const card = new RecordingCard();
  const service = inProcessService();
  const personal = new WeakSet<Event>();
  const errors: unknown[] = [];
  const env: SuggestionsEnv = {
    adapter: genericAdapter,
    detector: createLoadingDetector(LANGUAGE_LOADERS),
    service,
    cardUi: async () => card,
    loadedCardUi: () => card,
    preload: () => undefined,
    writerFor,
    replaceInBox,
    isPersonEvent: (event) => personal.has(event),
    copyToClipboard: async () => false,
    themeOf: () => 'light',
    pauseMs: 20,
    report: (error) => errors.push(error),
  };
  return { env, card, service, memory: { dismissed: new WeakMap(), written: new WeakMap() }, personal, errors };
}

function textarea(): HTMLTextAreaElement {
  const box = document.createElement('textarea');
  document.body.append(box);
  box.focus();
  return box;
}

/** Types `text` at the end of the box as the browser does: value, caret, an input event. */
function type(box: HTMLTextAreaElement, text: string) {
  box.value += text;
  box.setSelectionRange(box.value.length, box.value.length);
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

function press(h: Harness, box: HTMLElement, key: string, { person = true } = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  if (person) h.personal.add(event);
  box.dispatchEvent(event);
  return event;
}

/** Waits past the typing pause for the session to have read the box. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

let sessions: Session[] = [];
function start(h: Harness, box: HTMLElement): Session {
  const session = createBoxSession(box, { env: h.env, memory: h.memory, features: CARD_FEATURES, onEnd: () => undefined });
  sessions.push(session);
  return session;
}

/** jsdom has no execCommand: this does what browsers do for insertText in a focused textarea. */
function insertTextCommand(command: string, _ui?: boolean, value = ''): boolean {
  const target = document.activeElement;
  if (command !== 'insertText' || !(target instanceof HTMLTextAreaElement)) return false;
  target.setRangeText(value, target.selectionStart, target.selectionEnd, 'end');
  target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  return true;
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
  document.execCommand = insertTextCommand;
});
afterEach(() => {
  for (const session of sessions) session.destroy();
  sessions = [];
});

describe('a box session, from keystroke to inserted invite', () => {
  test('a wish shows the card with real free times; Tab writes the invite over the phrase and logs it', async () => {
    const h = harness();
    const box = textarea();
    start(h, box);
    type(box, WISH);
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    const { phrase, invite, status, times } = h.card.props;
    expect(WISH).toContain(phrase);
    expect(invite).toMatch(/I'm free .+\./);
    expect(status).toEqual({ kind: 'ready' });
    expect(times!.length).toBeGreaterThan(0);

    const tab = press(h, box, 'Tab');
    expect(tab.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(box.value).toContain(invite!));
    // The words before the wish are the person's and stay; the wish itself is what the invite replaced.
    expect(box.value.startsWith('hey! ')).toBe(true);
    expect(box.value).not.toContain('sometime');
    await vi.waitFor(() => expect(h.card.visible).toBe(false));
    await vi.waitFor(async () => expect(await readStored(STORED.inviteLog)).toHaveLength(1));
    const [logged] = await readStored(STORED.inviteLog);
    expect(logged!.offered.length).toBe(h.card.shown.at(-1)!.times!.filter((time) => time.offered).length);

    // The invite Someday wrote is never read as a new wish.
    type(box, ' ');
    await settle();
    expect(h.card.visible).toBe(false);
    expect(h.errors).toEqual([]);
  });

  test('Escape lets the wish be: the text stays, and the same wish stays quiet in this box', async () => {
    const h = harness();
    const box = textarea();
    start(h, box);
    type(box, WISH);
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    expect(press(h, box, 'Escape').defaultPrevented).toBe(true);
    expect(h.card.visible).toBe(false);
    expect(box.value).toBe(WISH);
    type(box, ' :)');
    await settle();
    expect(h.card.visible).toBe(false);
  });

  test('keys the page makes up do nothing, and Enter is never taken', async () => {
    const h = harness();
    const box = textarea();
    start(h, box);
    type(box, WISH);
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    expect(press(h, box, 'Tab', { person: false }).defaultPrevented).toBe(false);
    expect(press(h, box, 'Escape', { person: false }).defaultPrevented).toBe(false);
    expect(press(h, box, 'Enter').defaultPrevented).toBe(false);
    await settle();
    expect(box.value).toBe(WISH);
    expect(h.card.visible).toBe(true);
    expect(h.service.sent).toBe(0);
  });

  test('a concrete time gets no card', async () => {
    const h = harness();
    const box = textarea();
    start(h, box);
    type(box, "let's meet tomorrow at 6pm at the station");
    await settle();
    expect(h.card.shown).toEqual([]);
  });

  test('a card that did not change renders nothing new while the person keeps typing elsewhere', async () => {
    const h = harness();
    const box = textarea();
    start(h, box);
    type(box, WISH);
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    const first = h.card.props;
    type(box, '!');
    await settle();
    // Asked again at the pause (stored changes would show), with the same plan: props equal in value.
    expect(h.card.props.invite).toBe(first.invite);
    expect(h.card.props.onAccept).toBe(first.onAccept);
  });

  test('picking an activity shows at once and the invite follows the new plan', async () => {
    const h = harness();
    const box = textarea();
    start(h, box);
    type(box, WISH);
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    const other = h.card.props.activities!.find((activity) => activity.id !== h.card.props.activityId)!;
    h.card.props.onActivity!(other.id);
    expect(h.card.props.activityId).toBe(other.id);
    await vi.waitFor(() => expect(h.card.props.invite).toContain(other.label.toLowerCase()));
  });

  test('switching a time off leaves it out of the invite', async () => {
    const h = harness();
    const box = textarea();
    start(h, box);
    type(box, WISH);
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    const [firstTime] = h.card.props.times!;
    const before = h.card.props.invite!;
    h.card.props.onToggleTime!(firstTime!.id);
    expect(h.card.props.times![0]!.offered).toBe(false);
    await vi.waitFor(() => expect(h.card.props.invite).not.toBe(before));
  });

  test('times offered to someone still waiting say so, and one click leaves them all out of the next invite', async () => {
    const h = harness();
    const first = textarea();
    const session = start(h, first);
    type(first, WISH);
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    press(h, first, 'Tab');
    await vi.waitFor(async () => expect(await readStored(STORED.inviteLog)).toHaveLength(1));
    session.destroy();

    // The next conversation, with the first invite still unanswered in the stored log.
    const second = textarea();
    start(h, second);
    type(second, 'we should grab coffee sometime');
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    const noted = h.card.props.times!.filter((time) => time.note);
    expect(noted.length).toBeGreaterThan(0);
    expect(noted.every((time) => time.offered && /also offered to/.test(time.note!))).toBe(true);
    h.card.props.onLeaveOutOffered!(true);
    expect(h.card.props.times!.filter((time) => time.note).every((time) => !time.offered)).toBe(true);
    await vi.waitFor(() => expect(h.card.props.status.kind === 'ready' || h.card.props.status.kind === 'no-times').toBe(true));
    await vi.waitFor(async () => {
      const plan = await h.env.service.plan({ ...sessions.at(-1)!.current()!.choices });
      expect(plan.times.filter((time) => time.note).every((time) => !time.offered)).toBe(true);
      expect(h.card.props.invite).toBe(plan.invite);
    });
    // And offered again.
    h.card.props.onLeaveOutOffered!(false);
    expect(h.card.props.times!.filter((time) => time.note).every((time) => time.offered)).toBe(true);
  });

  test('where the box writes to reaches the detector: a longing wish in a post nobody is addressed in gets no card', async () => {
    const h = harness();
    const surfaces = new Map<Element, 'direct' | 'post'>();
    h.env.adapter = {
      ...genericAdapter,
      describe: (box) => {
        const surface = surfaces.get(box) ?? 'direct';
        return { surface, addressed: surface === 'direct', recipient: null, conversation: `c-${surface}` };
      },
    };
    const post = textarea();
    surfaces.set(post, 'post');
    const postSession = start(h, post);
    type(post, 'I miss you so much, we should catch up soon');
    await settle();
    expect(h.card.shown).toEqual([]);
    postSession.destroy();

    const direct = textarea();
    start(h, direct);
    type(direct, 'I miss you so much, we should catch up soon');
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
  });

  test('the box is written through the editor its site adapter declares', async () => {
    const h = harness();
    const kinds: (string | null)[] = [];
    h.env.adapter = { ...genericAdapter, editorKind: () => 'textarea' };
    h.env.writerFor = (box, kind) => (kinds.push(kind), writerFor(box, kind));
    const box = textarea();
    start(h, box);
    type(box, WISH);
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    press(h, box, 'Tab');
    await vi.waitFor(() => expect(box.value).not.toContain('sometime'));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((kind) => kind === 'textarea')).toBe(true);
  });

  test('"not for this phrase" stores the snooze; the wish gets no card in a new box either', async () => {
    const h = harness();
    const box = textarea();
    const session = start(h, box);
    type(box, WISH);
    await vi.waitFor(() => expect(h.card.visible).toBe(true));
    const phrase = h.card.props.phrase;
    h.card.props.onSnooze!('phrase');
    await vi.waitFor(async () => expect((await readStored(STORED.snooze)).phrases).toContain(phrase.toLowerCase()));
    session.destroy();
    const next = textarea();
    start(h, next);
    type(next, WISH);
    await settle();
    expect(h.card.visible).toBe(false);
  });

  test('Someday switched off gets no card', async () => {
    await writeStored(STORED.settings, { enabled: false, disabledSites: [] });
    const h = harness();
    const box = textarea();
    start(h, box);
    type(box, WISH);
    await settle();
    expect(h.card.shown).toEqual([]);
  });

  test('destroy() ends everything: no listener, observer or timer reads the box afterwards', async () => {
    const h = harness();
    const box = document.createElement('div');
    box.contentEditable = 'true';
    document.body.append(box);
    const read = vi.fn(writerFor(box).readText);
    h.env.writerFor = (target, kind) => ({ ...writerFor(target, kind), readText: read });
    const session = start(h, box);
    box.textContent = WISH; // the observer sees it; the pause is pending
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    session.destroy();
    box.textContent = `${WISH} again`;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(h.card.shown).toEqual([]);
  });
});

describe('the focus watcher', () => {
  test('each focused box gets its own session; the previous one ends', async () => {
    const h = harness();
    const controller = new AbortController();
    const first = textarea();
    const watcher = watchBoxes(h.env, controller.signal);
    expect(watcher.session()?.box).toBe(first);
    const second = textarea(); // focuses it
    expect(watcher.session()?.box).toBe(second);
    type(first, WISH);
    await settle();
    expect(h.card.shown).toEqual([]); // the first box's session ended with its focus
    controller.abort();
    expect(watcher.session()).toBeNull();
  });
});

describe('"Insert my free times"', () => {
  test('puts an invite at the caret of the focused box with no wish needed, and logs it', async () => {
    const h = harness();
    const box = textarea();
    type(box, 'Good to hear from you!');
    const result = await insertAtCaret(h.env, h.memory, 'en');
    expect(result).toEqual({ ok: true });
    expect(box.value).toMatch(/^Good to hear from you! .*I'm free .+\./);
    expect(await readStored(STORED.inviteLog)).toHaveLength(1);
  });

  test('no focused box: nothing to insert into', async () => {
    const h = harness();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(await insertAtCaret(h.env, h.memory, 'en')).toEqual({ ok: false, reason: 'no-box' });
  });
});
