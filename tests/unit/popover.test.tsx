// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popover } from '../../entrypoints/popup/Popover';
import { recordInvite, setOutcome } from '../../core/invite-log';
import { STORED } from '../../extension/storage';
import { openStore } from '../../extension/stores';
import { defaultAvailability } from '../../core/availability-settings';
import { SNOOZE_HOUR_MS } from '../../core/snooze';

const now = () => new Date('2026-11-25T14:00:00Z');
const chips = () => Array.from(screen.getByTestId('next-times').querySelectorAll<HTMLElement>('[data-slot]'));

beforeEach(async () => {
  fakeBrowser.reset();
  await STORED.availability.item.setValue({ ...defaultAvailability(), timeZone: 'America/New_York' });
});
afterEach(cleanup);

function renderPopover(site: 'x' | null = 'x') {
  const openOptions = vi.fn();
  render(
    <Popover
      settings={openStore('settings')}
      availability={openStore('availability')}
      wording={openStore('wording')}
      snooze={openStore('snooze')}
      inviteLog={openStore('inviteLog')}
      followUps={openStore('followUps')}
      lang="en-US"
      site={site}
      openOptions={openOptions}
      now={now}
    />,
  );
  return { openOptions };
}

describe('Popover', () => {
  test('lists the next free times and the invite', async () => {
    renderPopover();
    // Wednesday 9am in New York: every free window of the coming seven days.
    await waitFor(() => expect(chips()).toHaveLength(7));
    expect(screen.getByTestId('popover-invite').textContent).toBe(
      "Want to get coffee? I'm free every evening this week 6–9pm, Sat and Sun 10am–6pm, or Mon and Tue 6–9pm. Which works for you?",
    );
  });

  test('Copy invite puts the invite on the clipboard and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPopover();
    await waitFor(() => screen.getByTestId('popover-invite'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy invite' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Invite copied'));
    expect(writeText).toHaveBeenCalledWith(screen.getByTestId('popover-invite').textContent);
  });

  test('the site switch turns Someday off for the current site only', async () => {
    renderPopover('x');
    const siteSwitch = await screen.findByRole('checkbox', { name: /Suggest invites on X/ });
    fireEvent.click(siteSwitch);
    await waitFor(async () => expect((await STORED.settings.item.getValue()).disabledSites).toEqual(['x']));
    expect((await STORED.settings.item.getValue()).enabled).toBe(true);
  });

  test('the main switch turns Someday off everywhere', async () => {
    renderPopover(null);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'On' }));
    await waitFor(async () => expect((await STORED.settings.item.getValue()).enabled).toBe(false));
    expect(screen.queryByRole('checkbox', { name: /Suggest invites on/ })).toBeNull();
  });

  test('links to the options page', async () => {
    const { openOptions } = renderPopover();
    fireEvent.click(screen.getByRole('button', { name: 'Edit availability' }));
    expect(openOptions).toHaveBeenCalled();
  });

  test('the activity picker changes the invite that Copy invite copies', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPopover();
    await waitFor(() => expect(screen.getByTestId('popover-invite').textContent).toMatch(/^Want to get coffee\?/));
    const picker = screen.getByRole('combobox', { name: 'Activity' });
    expect(Array.from((picker as HTMLSelectElement).options).map((option) => option.value)).toContain('lunch');
    fireEvent.change(picker, { target: { value: 'lunch' } });
    await waitFor(() => expect(screen.getByTestId('popover-invite').textContent).toMatch(/^Want to get lunch\?/));
    fireEvent.click(screen.getByRole('button', { name: 'Copy invite' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Want to get lunch\? I'm free /)));
  });

  test('snooze for an hour, then resume', async () => {
    renderPopover();
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze for an hour' }));
    await waitFor(async () => expect((await STORED.snooze.item.getValue()).until).toBe(now().getTime() + SNOOZE_HOUR_MS));
    expect((await screen.findByTestId('snoozed-until')).textContent).toBe('Snoozed until 10:00 AM.');
    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    await waitFor(async () => expect((await STORED.snooze.item.getValue()).until).toBe(0));
    expect(await screen.findByRole('button', { name: 'Snooze for an hour' })).toBeTruthy();
  });

  test("shows this week's invites toward the goal, and waiting ones with their outcome buttons", async () => {
    const day = 24 * 60 * 60 * 1000;
    const at = now().getTime();
    let log = recordInvite([], {
      id: 'old',
      sentAt: new Date(at - 9 * day),
      site: 'x',
      conversationUrl: 'https://x.com/messages/1-2',
      recipient: 'Jordan Lee',
      mode: 'social',
      activity: 'coffee',
      offered: [{ start: new Date(at + day), end: new Date(at + day + 3_600_000) }],
    });
    log = recordInvite(log, { ...log[0]!, id: 'new', sentAt: new Date(at - 60_000), recipient: 'Sam Rivera', offered: [{ start: new Date(at + 2 * day), end: new Date(at + 2 * day + 3_600_000) }] } as never);
    await STORED.inviteLog.item.setValue(log);
    renderPopover();
    await waitFor(() => expect(screen.getByTestId('week-progress').textContent).toBe('1 of 2 invites this week'));
    expect(screen.getAllByTestId('invite').map((item) => item.querySelector('strong')?.textContent)).toEqual(['Sam Rivera', 'Jordan Lee']);
  });

  test('a time offered to someone who has not answered is offered again, marked, and one click leaves it out', async () => {
    renderPopover();
    await waitFor(() => expect(chips().length).toBe(7));
    const first = chips()[0]!;
    cleanup();
    // Offer the popover's first time to Jordan, who has not answered.
    await STORED.inviteLog.item.setValue(
      recordInvite([], {
        id: 'waiting',
        sentAt: now(),
        site: 'x',
        conversationUrl: 'https://x.com/messages/1-2',
        recipient: 'Jordan Lee',
        mode: 'social',
        activity: 'coffee',
        offered: [{ start: new Date(first.dataset.slot!), end: new Date(first.dataset.slotEnd!) }],
      }),
    );
    renderPopover();
    await waitFor(() => expect(chips()[0]?.textContent).toContain('also offered to Jordan'));
    expect(chips()).toHaveLength(7);
    expect(chips()[0]!.getAttribute('aria-label')).toBe('today 6–9pm, also offered to Jordan');
    expect(chips().slice(1).every((chip) => !chip.textContent?.includes('also offered'))).toBe(true);
    const invite = screen.getByTestId('popover-invite').textContent;
    expect(invite).toContain('every evening this week 6–9pm');

    fireEvent.click(screen.getByRole('button', { name: 'Leave out times offered to others' }));
    expect(chips()[0]!.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('popover-invite').textContent).toBe(
      "Want to get coffee? I'm free tomorrow and Fri 6–9pm, Sat and Sun 10am–6pm, or Mon and Tue 6–9pm. Which works for you?",
    );
    fireEvent.click(screen.getByRole('button', { name: 'Offer them too' }));
    expect(screen.getByTestId('popover-invite').textContent).toBe(invite);
  });

  test('a yes books its time: it is no longer offered', async () => {
    renderPopover();
    await waitFor(() => expect(chips().length).toBe(7));
    const second = chips()[1]!;
    cleanup();
    const span = { start: new Date(second.dataset.slot!), end: new Date(second.dataset.slotEnd!) };
    const log = recordInvite([], {
      id: 'booked',
      sentAt: now(),
      site: 'x',
      conversationUrl: 'https://x.com/messages/1-2',
      recipient: 'Jordan Lee',
      mode: 'social',
      activity: 'coffee',
      offered: [span],
    });
    await STORED.inviteLog.item.setValue(setOutcome(log, 'booked', 'yes', now(), span).log);
    renderPopover();
    await waitFor(() => expect(chips().length).toBe(6));
    expect(chips().map((chip) => chip.dataset.slot)).not.toContain(second.dataset.slot);
    expect(screen.getByTestId('popover-invite').textContent).toMatch(/^Want to get coffee\? I'm free today and Fri 6–9pm, /);
  });
});
