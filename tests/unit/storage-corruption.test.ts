/**
 * Storage corruption, one set of cases per stored thing, derived from the table in
 * extension/storage.ts: a new stored thing gets them without writing a test (a new list needs one
 * readable example entry below, which the type checker asks for).
 *
 * For each thing and each kind of damage (a bad entry or field, a value of the wrong type, a list
 * that is not an array or a value that is one, nothing stored): every context reads it through the
 * schema (a store as the pages and the content script hold it, `readStored` as the background
 * does); what could not be read is listed for the options page; the next write sets it aside
 * instead of writing over it; and a second write does not set it aside again.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { collectBackup } from '../../extension/backup';
import { recordInvite } from '../../core/invite-log';
import { collectUnreadable, readStored, SET_ASIDE, STORED, STORED_NAMES, type Stored, type StoredName, type StoredValue } from '../../extension/storage';
import type { StoredCalendar } from '../../core/stored-calendars';
import { openStore } from '../../extension/stores';

type ListName = { [N in StoredName]: StoredValue<N> extends readonly unknown[] ? N : never }[StoredName];

const calendar: StoredCalendar = {
  id: 'c1',
  name: 'Work',
  source: { kind: 'file', fileName: 'work.ics' },
  busy: [[Date.UTC(2026, 2, 3, 9), Date.UTC(2026, 2, 3, 10)]],
  coversFrom: Date.UTC(2026, 2, 1),
  coversUntil: Date.UTC(2026, 4, 1),
  readAt: Date.UTC(2026, 2, 1),
  lastError: null,
};

/** One readable entry per stored list. */
const EXAMPLE_ENTRY: { [N in ListName]: StoredValue<N> extends readonly (infer E)[] ? E : never } = {
  calendars: calendar,
  inviteLog: recordInvite([], {
    id: 'a',
    sentAt: new Date('2026-03-01T10:00:00Z'),
    site: 'x',
    conversationUrl: 'https://x.com/messages/1',
    recipient: 'Sam',
    mode: 'social',
    activity: 'coffee',
    offered: [{ start: new Date('2026-03-03T18:00:00Z'), end: new Date('2026-03-03T21:00:00Z') }],
  })[0]!,
  nearby: 'linkedin:/in/sam',
};

/** Values no field or entry schema of ours accepts for every field: the first one a schema refuses is used. */
const BAD_CANDIDATES: unknown[] = ['§ not this', { unreadable: true }, -1.5, [{ unreadable: true }]];

function badFor(schema: z.ZodType): unknown {
  const bad = BAD_CANDIDATES.find((candidate) => !schema.safeParse(candidate).success);
  if (bad === undefined) throw new Error('no bad value for this schema: add a candidate');
  return bad;
}

interface Damage {
  kind: string;
  /** What is stored. */
  raw: unknown;
  /** What every context reads. */
  value: unknown;
  /** What is listed as not read, and set aside by the next write. */
  unreadable: unknown[];
}

function damagesFor(name: StoredName): Damage[] {
  const thing = STORED[name] as Stored<unknown>;
  const fallback = thing.fallback();
  if (thing.kind === 'list') {
    const good = EXAMPLE_ENTRY[name as ListName];
    const entrySchema = (thing.schema as unknown as z.ZodArray<z.ZodType>).element;
    const bad = badFor(entrySchema);
    return [
      { kind: 'a bad entry among good ones', raw: [good, bad, good], value: [good, good], unreadable: [bad] },
      { kind: 'a value of the wrong type', raw: 42, value: [], unreadable: [42] },
      { kind: 'not an array', raw: { 0: good }, value: [], unreadable: [{ 0: good }] },
      { kind: 'nothing stored', raw: undefined, value: [], unreadable: [] },
    ];
  }
  const shape = (thing.schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  const [field, fieldSchema] = Object.entries(shape).find(([, schema]) => BAD_CANDIDATES.some((candidate) => !schema.safeParse(candidate).success))!;
  const withBadField = { ...(fallback as Record<string, unknown>), [field]: badFor(fieldSchema) };
  return [
    { kind: `a bad field (${field})`, raw: withBadField, value: fallback, unreadable: [withBadField] },
    { kind: 'a value of the wrong type', raw: '§ not an object', value: fallback, unreadable: ['§ not an object'] },
    { kind: 'an array where an object belongs', raw: [fallback], value: fallback, unreadable: [[fallback]] },
    { kind: 'nothing stored', raw: undefined, value: fallback, unreadable: [] },
  ];
}

const CASES = STORED_NAMES.flatMap((name) => damagesFor(name).map((damage) => ({ name, ...damage })));

async function store(thing: Stored<unknown>, raw: unknown): Promise<void> {
  if (raw === undefined) return;
  // At its current version, so no migration runs first.
  await fakeBrowser.storage[thing.area].set({ [thing.key]: raw, [`${thing.key}$`]: { v: thing.version } });
}

const setAside = async () => ((await fakeBrowser.storage.local.get(SET_ASIDE.key))[SET_ASIDE.key] ?? []) as { from: string; value: unknown }[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('every stored thing has its corruption cases', () => {
  test('the table’s every entry is covered, each with four kinds of damage', () => {
    expect(new Set(CASES.map((entry) => entry.name))).toEqual(new Set(STORED_NAMES));
    for (const name of STORED_NAMES) expect(CASES.filter((entry) => entry.name === name)).toHaveLength(4);
  });
});

describe.each(CASES)('$name with $kind', ({ name, raw, value, unreadable }) => {
  const thing = STORED[name] as Stored<unknown>;

  test('every context reads it through the schema: a store, and the background', async () => {
    await store(thing, raw);
    const opened = openStore(name);
    await opened.ready;
    expect(opened.getState().value).toEqual(value);
    opened.dispose();
    expect(await readStored(thing)).toEqual(value);
  });

  test('what could not be read is listed, and exported with a backup', async () => {
    await store(thing, raw);
    const listed = (await collectUnreadable()).find((entry) => entry.name === name);
    expect(listed?.values ?? []).toEqual(unreadable);
    const backup = await collectBackup();
    expect(backup.couldNotBeRead?.[name] ?? []).toEqual(unreadable);
  });

  test('the next write sets it aside rather than writing over it, and only once', async () => {
    await store(thing, raw);
    const opened = openStore(name);
    await opened.ready;
    await opened.getState().save(opened.getState().value);
    expect((await fakeBrowser.storage[thing.area].get(thing.key))[thing.key]).toEqual(value);
    expect((await setAside()).map((entry) => [entry.from, entry.value])).toEqual(unreadable.map((part) => [name, part]));
    await opened.getState().save(opened.getState().value);
    expect(await setAside()).toHaveLength(unreadable.length);
    // Still listed after the write: now from the set-aside bin.
    expect((await collectUnreadable()).find((entry) => entry.name === name)?.values ?? []).toEqual(unreadable);
    opened.dispose();
  });
});
