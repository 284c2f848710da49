/**
 * The person's path on the busy feed, as issue 14 describes it: the feed churns (about 2,000 nodes a
 * second added and removed), the person clicks the chat box, types "hey! we should hang out sometime"
 * and waits for the first card; clears and types it again for later cards; then types a plain sentence.
 * Each phase gets its own CPU profile, so Someday's main-thread time is known per phase.
 */
import type { Page } from '@playwright/test';
import { fixturePages } from '../../fixtures/pages';
import { heapAfterGc, launch, pageNow, probeOf, type BenchBrowser } from './browser';
import { shareOfProfile, type CpuProfile, type ProfileShare } from './profile';

export const PHRASE = 'hey! we should hang out sometime';
const PLAIN = "I'll be at the station around eight, see you there";
/** A quick typist: about 12 keys a second, still well under the typing pause between keys. */
const KEY_DELAY_MS = 80;
/** After the last key, each card phase waits this long, with and without Someday alike. */
const SETTLE_MS = 1500;

const feed = fixturePages.find((page) => page.name === 'feed-churn')!;

export type PhaseName = 'idle' | 'first card' | 'later cards' | 'typing';
export const PHASES: PhaseName[] = ['idle', 'first card', 'later cards', 'typing'];

export interface PhaseResult {
  someday: ProfileShare;
  /** Long tasks (> 50 ms) in the phase, and the longest. */
  longTasks: number;
  longestTaskMs: number;
  /** Keystroke to just after the next frame, every key of the phase. */
  keys: number[];
  /** From the last key to the card's host appearing, the typing pause included. */
  cardMs: number[];
  /** Extension files fetched in the phase. */
  fetched: string[];
}

export interface PathResult {
  phases: Record<PhaseName, PhaseResult>;
  heapGrowthBytes: number;
}

export interface PathOptions {
  extension: string;
  withSomeday: boolean;
  idleSeconds: number;
  laterCards: number;
}

const isExtensionUrl = (url: string) => /^(chrome|moz)-extension:\/\//.test(url);

async function typeAndSettle(page: Page, text: string, withSomeday: boolean): Promise<void> {
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  const lastKeyAt = Date.now();
  if (withSomeday && text === PHRASE) await page.locator('[data-someday="preview"]').waitFor({ timeout: 15_000 });
  const left = SETTLE_MS - (Date.now() - lastKeyAt);
  if (left > 0) await page.waitForTimeout(left);
}

async function clearBox(page: Page, withSomeday: boolean): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  if (withSomeday) await page.locator('[data-someday="suggestion"]').waitFor({ state: 'detached', timeout: 5_000 });
  await page.waitForTimeout(500);
}

export async function runPath(options: PathOptions): Promise<PathResult> {
  const browser: BenchBrowser = await launch(options.extension, options.withSomeday);
  const { page, cdp } = browser;
  try {
    const marks: Record<string, number> = {};
    const profiles: Partial<Record<PhaseName, CpuProfile>> = {};
    const phase = async (name: PhaseName, work: () => Promise<void>) => {
      browser.phase.name = name;
      marks[`${name}:start`] = await pageNow(page);
      await cdp.send('Profiler.start');
      await work();
      profiles[name] = (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
      marks[`${name}:end`] = await pageNow(page);
    };

    await page.goto(`${feed.url}?autostart=0`);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    await page.evaluate(() => window.__startChurn!());
    await page.waitForTimeout(500);
    const heapBefore = await heapAfterGc(cdp);

    await phase('idle', () => page.waitForTimeout(options.idleSeconds * 1000));
    await phase('first card', async () => {
      await page.locator(feed.boxSelector).click();
      await typeAndSettle(page, PHRASE, options.withSomeday);
    });
    await phase('later cards', async () => {
      for (let i = 0; i < options.laterCards; i++) {
        await clearBox(page, options.withSomeday);
        await typeAndSettle(page, PHRASE, options.withSomeday);
      }
    });
    await phase('typing', async () => {
      await clearBox(page, options.withSomeday);
      await typeAndSettle(page, PLAIN, options.withSomeday);
    });

    await page.evaluate(() => window.__stopChurn!());
    const heapAfter = await heapAfterGc(cdp);
    const probe = await probeOf(page);

    const phases = {} as Record<PhaseName, PhaseResult>;
    for (const name of PHASES) {
      const start = marks[`${name}:start`]!;
      const end = marks[`${name}:end`]!;
      const inPhase = (at: number) => at >= start && at < end;
      const long = probe.longTasks.filter(([at]) => inPhase(at));
      // Card latency: from the last key before each card to its host appearing.
      const keyTimes = probe.keys.map(([at]) => at).filter(inPhase);
      const cardMs = probe.cardShown.filter(inPhase).map((shownAt) => {
        const lastKey = Math.max(...keyTimes.filter((at) => at < shownAt));
        return shownAt - lastKey;
      });
      phases[name] = {
        someday: shareOfProfile(profiles[name]!, isExtensionUrl),
        longTasks: long.length,
        longestTaskMs: Math.max(0, ...long.map(([, duration]) => duration)),
        keys: probe.keys.filter(([at]) => inPhase(at)).map(([, ms]) => ms),
        cardMs,
        fetched: browser.fetched.filter((file) => file.phase === name).map((file) => new URL(file.url).pathname),
      };
    }
    return { phases, heapGrowthBytes: heapAfter - heapBefore };
  } finally {
    await browser.context.close();
  }
}
