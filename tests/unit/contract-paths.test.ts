/**
 * ../shared/CONTRACT.md names three paths that checks outside this repo load in plain Node with a
 * bundler: utils/detect, utils/availability and utils/calendar. The code lives in core/; these
 * paths must keep bundling for Node, with nothing from the browser layers, and answer as the contract says.
 */
import { build } from 'esbuild';
import { expect, test } from 'vitest';

async function loadForNode(entry: string): Promise<{ module: Record<string, unknown>; inputs: string[] }> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, metafile: true, logLevel: 'silent' });
  const code = result.outputFiles[0]!.text;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
  return { module, inputs: Object.keys(result.metafile.inputs) };
}

const browserLayers = (inputs: string[]) => inputs.filter((input) => /^(extension|page)\/|wxt|webextension|react/.test(input));

test('utils/detect exports detectVaguePhrases', async () => {
  const { module, inputs } = await loadForNode('utils/detect/index.ts');
  expect(browserLayers(inputs)).toEqual([]);
  const detect = module.detectVaguePhrases as (text: string, options?: object) => Array<{ start: number; end: number; kind: string; phrase: string }>;
  const text = 'hey! we should hang out sometime';
  const [match] = detect(text);
  expect(match).toMatchObject({ kind: 'social' });
  // The slice is what an accepted invite replaces; the phrase, the words that triggered it, lies inside it.
  expect(text.slice(match!.start, match!.end)).toBe('we should hang out sometime');
  expect(text.slice(match!.start, match!.end)).toContain(match!.phrase);
  expect(detect('see you Saturday at 3pm', { lang: 'en', surface: 'direct', addressed: true })).toEqual([]);
});

test('utils/availability exports findFreeSlots', async () => {
  const { module, inputs } = await loadForNode('utils/availability/index.ts');
  expect(browserLayers(inputs)).toEqual([]);
  const find = module.findFreeSlots as (query: object) => Array<{ start: Date; end: Date }>;
  const slots = find({
    now: new Date('2026-12-07T12:00:00Z'),
    timeZone: 'Europe/Lisbon',
    weekly: [{ day: 2, start: '18:00', end: '21:00' }],
    durationMinutes: 60,
  });
  expect(slots[0]).toEqual({ start: new Date('2026-12-08T18:00:00Z'), end: new Date('2026-12-08T21:00:00Z') });
});

test('utils/calendar exports readBusyFromIcs', async () => {
  const { module, inputs } = await loadForNode('utils/calendar/index.ts');
  expect(browserLayers(inputs)).toEqual([]);
  const read = module.readBusyFromIcs as (ics: string, range: { start: Date; end: Date }) => Array<{ start: Date; end: Date }>;
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'DTSTART:20261208T180000Z', 'DTEND:20261208T190000Z', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  expect(read(ics, { start: new Date('2026-12-07T00:00:00Z'), end: new Date('2026-12-14T00:00:00Z') })).toEqual([
    { start: new Date('2026-12-08T18:00:00Z'), end: new Date('2026-12-08T19:00:00Z') },
  ]);
  expect(() => read('not a calendar', { start: new Date('2026-12-07T00:00:00Z'), end: new Date('2026-12-14T00:00:00Z') })).toThrow(Error);
});
