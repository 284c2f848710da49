/**
 * The soak: a person moving between conversations for minutes. On the Messenger fixture every switch
 * replaces the composer with a new Lexical editor; in each, the person types a wish, the card comes,
 * Escape lets it go. The page's JS heap is sampled after a full GC; flat means nothing is kept per box.
 * Run without Someday too: the page's own trend (each replaced editor) is the line to compare with.
 */
import { fixturePages } from '../../fixtures/pages';
import { heapAfterGc, launch } from './browser';
import { PHRASE } from './person';

const spa = fixturePages.find((page) => page.name === 'messenger-spa')!;

export interface SoakResult {
  cycles: number;
  /** [seconds since the soak began, heap bytes after GC]. */
  samples: [number, number][];
  /** Least-squares slope of the heap over time, in bytes per minute. */
  slopeBytesPerMinute: number;
}

export async function runSoak(extension: string, seconds: number, withSomeday: boolean): Promise<SoakResult> {
  const browser = await launch(extension, withSomeday);
  const { page, cdp } = browser;
  try {
    await page.goto(spa.url);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    const samples: [number, number][] = [];
    let cycles = 0;
    let startedAt = 0;
    const cycle = async () => {
      await page.evaluate((index) => window.__switchConversation!(index).then(() => undefined), cycles % 3);
      await page.locator(spa.boxSelector).click();
      await page.keyboard.type(PHRASE, { delay: 5 });
      // Without Someday the person waits as long as the card would take, and presses Escape all the same.
      if (withSomeday) await page.locator('[data-someday="preview"]').waitFor({ timeout: 10_000 });
      else await page.waitForTimeout(350);
      await page.keyboard.press('Escape');
      if (withSomeday) await page.locator('[data-someday="suggestion"]').waitFor({ state: 'detached', timeout: 5_000 });
      cycles++;
    };
    // Warm-up: the card's code and the language's data are loaded before the first sample.
    for (let i = 0; i < 3; i++) await cycle();
    startedAt = Date.now();
    samples.push([0, await heapAfterGc(cdp)]);
    let nextSampleAt = 10;
    while (Date.now() - startedAt < seconds * 1000) {
      await cycle();
      const elapsed = (Date.now() - startedAt) / 1000;
      if (elapsed >= nextSampleAt) {
        samples.push([elapsed, await heapAfterGc(cdp)]);
        nextSampleAt = elapsed + Math.max(10, seconds / 20);
      }
    }
    samples.push([(Date.now() - startedAt) / 1000, await heapAfterGc(cdp)]);
    return { cycles, samples, slopeBytesPerMinute: slope(samples) * 60 };
  } finally {
    await browser.context.close();
  }
}

function slope(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let top = 0;
  let bottom = 0;
  for (const [x, y] of points) {
    top += (x - meanX) * (y - meanY);
    bottom += (x - meanX) ** 2;
  }
  return bottom === 0 ? 0 : top / bottom;
}
