/**
 * A week of inviting, lived in one browser profile that is never cleared: ten invites across the
 * sites, each card offering times; a "yes" with a picked time takes that time off the next card
 * and leaves the rest; a "no" changes nothing. Storage carries over from step to step, as in a
 * person's browser, so times offered to someone who has not answered stay offered (marked) and
 * never empty the next card.
 */
import type { Page, Worker } from '@playwright/test';
import { fixturePage, vagueWishFor, type FixturePageName } from '../fixtures/pages';
import { expect, test } from './harness';


/** Ten conversations on the four sites: direct messages, a post, a reply, and LinkedIn (business invites). */
const STOPS: readonly { page: FixturePageName; box?: string; who: string | null }[] = [
  { page: 'lexical', who: 'Sam Rivera' },
  { page: 'facebook-messages', who: 'Dana Okafor' },
  { page: 'textarea', who: 'Jordan Lee' },
  { page: 'contenteditable', who: 'Priya Natarajan' },
  { page: 'facebook-two-chats', box: 'alex', who: 'Alex Kim' },
  { page: 'x-dm', who: 'Morgan Blake' },
  { page: 'messenger-spa', who: 'Riley Park' },
  { page: 'draft', who: null },
  { page: 'linkedin-overlay', who: 'Elena Rossi' },
  { page: 'x-reply', who: null },
];

interface Chip {
  start: number;
  end: number;
  offered: boolean;
  label: string;
}

interface LoggedInvite {
  id: string;
  recipient: string | null;
  offered: { start: string; end: string }[];
  outcome: string;
  picked: { start: string; end: string } | null;
}

const preview = (page: Page) => page.locator('[data-someday="preview"]');
const accept = (page: Page) => page.locator('[data-someday="suggestion"] [data-someday="accept"]');

const readLog = (worker: Worker) =>
  worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } })
      .chrome;
    return ((await api.storage.local.get('inviteLog')).inviteLog ?? []) as LoggedInvite[];
  });

const readChips = (page: Page): Promise<Chip[]> =>
  page.locator('[data-someday="suggestion"] [data-slot]').evaluateAll((chips) =>
    chips.map((chip) => ({
      start: Date.parse(chip.getAttribute('data-slot') ?? ''),
      end: Date.parse(chip.getAttribute('data-slot-end') ?? ''),
      offered: chip.getAttribute('aria-pressed') === 'true',
      label: chip.textContent ?? '',
    })),
  );

const overlaps = (chip: Chip, span: { start: string; end: string }) =>
  chip.start < Date.parse(span.end) && chip.end > Date.parse(span.start);

/** Opens a conversation, writes the vague wish and reads the card: it must offer times. */
async function cardAt(page: Page, stop: (typeof STOPS)[number]): Promise<{ chips: Chip[]; invite: string }> {
  const fixture = fixturePage(stop.page);
  const selector = stop.box ? fixture.boxes![stop.box]!.boxSelector : fixture.boxSelector;
  await page.goto(fixture.url);
  await page.locator(selector).click();
  await page.keyboard.type(vagueWishFor(fixture.surface), { delay: 10 });
  await expect(preview(page), `${stop.page}: the card offers times`).toContainText("I'm free");
  await expect(accept(page)).toBeEnabled();
  const chips = await readChips(page);
  expect(chips.length, `${stop.page}: chips for the times`).toBeGreaterThan(0);
  expect(chips.every((chip) => Number.isFinite(chip.start) && chip.end > chip.start)).toBe(true);
  return { chips, invite: await preview(page).innerText() };
}

/** Marks an invite in the toolbar popover, as the person does when the answer comes. */
async function markInPopover(popover: Page, who: string, outcome: 'yes' | 'no', pickIndex = 0): Promise<void> {
  const item = popover.getByTestId('invite').filter({ hasText: who });
  await expect(item).toHaveAttribute('data-outcome', 'waiting');
  if (outcome === 'yes') {
    await item.getByRole('button', { name: 'They said yes' }).click();
    await item.getByRole('group', { name: 'Which time did they pick?' }).getByRole('button').nth(pickIndex).click();
  } else {
    await item.getByRole('button', { name: 'They said no' }).click();
  }
}

test('ten invites in one profile: every card offers times; a yes books its time, a no changes nothing', async ({
  page,
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(240_000);
  const cards: { page: string; chips: number; invite: string }[] = [];

  for (const [index, stop] of STOPS.entries()) {
    const { chips, invite } = await cardAt(page, stop);
    cards.push({ page: stop.page, chips: chips.length, invite });
    if (index > 0) {
      // Times already offered to someone who has not answered are offered again, and say so.
      expect(chips.some((chip) => /also offered to/.test(chip.label)), `${stop.page}: a chip names who else has the time`).toBe(true);
    }
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await readLog(serviceWorker)).length).toBe(index + 1);
  }
  const log = await readLog(serviceWorker);
  expect(log.map((entry) => entry.recipient)).toEqual(STOPS.map((stop) => stop.who).reverse());
  expect(log.every((entry) => entry.outcome === 'waiting' && entry.offered.length > 0)).toBe(true);

  // Elena (LinkedIn) says yes to her first offered time.
  const popover = await context.newPage();
  await popover.goto(`chrome-extension://${extensionId}/popup.html`);
  await markInPopover(popover, 'Elena Rossi', 'yes', 0);
  await expect.poll(async () => (await readLog(serviceWorker)).find((entry) => entry.recipient === 'Elena Rossi')?.outcome).toBe('yes');
  const elena = (await readLog(serviceWorker)).find((entry) => entry.recipient === 'Elena Rossi')!;
  const picked = elena.picked!;
  expect(picked).toEqual(elena.offered[0]);

  const comment: (typeof STOPS)[number] = { page: 'facebook-comment', who: null };
  const afterYes = await cardAt(page, comment);
  cards.push({ page: 'facebook-comment (after a yes)', chips: afterYes.chips.length, invite: afterYes.invite });
  expect(afterYes.chips.filter((chip) => overlaps(chip, picked)), 'the booked time is gone').toEqual([]);
  for (const rest of elena.offered.slice(1).filter((span) => Date.parse(span.end) > Date.now())) {
    expect(afterYes.chips.some((chip) => overlaps(chip, rest)), `${rest.start} is still offered`).toBe(true);
  }

  // Riley says no: nothing about the next card changes.
  await popover.reload();
  await markInPopover(popover, 'Riley Park', 'no');
  await expect.poll(async () => (await readLog(serviceWorker)).find((entry) => entry.recipient === 'Riley Park')?.outcome).toBe('no');
  const afterNo = await cardAt(page, comment);
  cards.push({ page: 'facebook-comment (after a no)', chips: afterNo.chips.length, invite: afterNo.invite });
  expect(afterNo.chips.length).toBe(afterYes.chips.length);
  afterNo.chips.forEach((chip, index) => {
    const before = afterYes.chips[index]!;
    // Same windows (a start may move by a quarter hour as the clock passes the notice time).
    expect(chip.end).toBe(before.end);
    expect(chip.offered).toBe(before.offered);
    expect(overlaps(chip, { start: new Date(before.start).toISOString(), end: new Date(before.end).toISOString() })).toBe(true);
  });
  expect((await readLog(serviceWorker)).length).toBe(10);

  test.info().annotations.push({ type: 'cards', description: JSON.stringify(cards) });
  console.log(`Cards with times: ${cards.length} of ${cards.length}; chips per card: ${cards.map((card) => card.chips).join(', ')}`);
});
