// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InvitesSection } from '../../components/InvitesSection';
import { recordInvite, type NewInvite } from '../../core/invite-log';
import { STORED } from '../../extension/storage';
import { openStore } from '../../extension/stores';
import { loadInviteLog } from '../../extension/invite-log-store';

const now = () => new Date('2026-11-26T12:00:00Z');
const offered = [
  { start: new Date('2026-11-27T23:00:00Z'), end: new Date('2026-11-28T02:00:00Z') },
  { start: new Date('2026-11-28T15:00:00Z'), end: new Date('2026-11-28T23:00:00Z') },
];
const invite = (id: string, recipient: string | null): NewInvite => ({
  id,
  sentAt: new Date('2026-11-25T10:00:00Z'),
  site: 'messenger',
  conversationUrl: 'https://www.messenger.com/t/1/',
  recipient,
  mode: 'social',
  activity: 'coffee',
  offered,
});

beforeEach(async () => {
  fakeBrowser.reset();
  await STORED.inviteLog.item.setValue(recordInvite(recordInvite([], invite('a', 'Sam Rivera')), invite('b', null)));
});
afterEach(cleanup);

function renderSection(compact = false) {
  const download = vi.fn();
  render(
    <InvitesSection
      log={openStore('inviteLog')}
      followUps={openStore('followUps')}
      timeZone="America/New_York"
      compact={compact}
      now={now}
      download={download}
    />,
  );
  return { download };
}

const invites = () => screen.findAllByTestId('invite');

describe('InvitesSection', () => {
  test('lists each invite with its state and the week so far', async () => {
    renderSection();
    const [first, second] = await invites();
    expect(first!.textContent).toContain('Someone');
    expect(second!.textContent).toContain('Sam Rivera');
    expect(second!.getAttribute('data-outcome')).toBe('waiting');
    expect(screen.getByTestId('week-progress').textContent).toBe('2 of 2 invites this week');
  });

  test('"yes" asks which time, then offers Add to calendar with exactly that time', async () => {
    const { download } = renderSection();
    const sam = (await invites())[1]!;
    fireEvent.click(within(sam).getByRole('button', { name: 'They said yes' }));
    fireEvent.click(within(sam).getByRole('button', { name: /Sat/ }));
    await waitFor(async () => expect((await loadInviteLog()).find((entry) => entry.id === 'a')?.outcome).toBe('yes'));
    const updated = (await invites())[1]!;
    fireEvent.click(within(updated).getByRole('button', { name: 'Add to calendar' }));
    expect(download).toHaveBeenCalledWith('someday-invite.ics', expect.stringContaining('DTSTART:20261128T150000Z\r\n'));
  });

  test('"no" suggests inviting someone else, and Undo brings the invite back to waiting', async () => {
    renderSection();
    const sam = (await invites())[1]!;
    fireEvent.click(within(sam).getByRole('button', { name: 'They said no' }));
    await screen.findByText(/Who else could you invite this week\?/);
    expect((await loadInviteLog()).find((entry) => entry.id === 'a')?.outcome).toBe('no');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await loadInviteLog()).find((entry) => entry.id === 'a')?.outcome).toBe('waiting'));
  });

  test('stop reminding and snooze are per invite', async () => {
    renderSection();
    const sam = (await invites())[1]!;
    fireEvent.click(within(sam).getByRole('button', { name: 'Stop reminding' }));
    await waitFor(async () => expect((await loadInviteLog()).find((entry) => entry.id === 'a')?.reminders.stopped).toBe(true));
    expect((await loadInviteLog()).find((entry) => entry.id === 'b')?.reminders.stopped).toBe(false);
  });

  test('clearing the log can be undone', async () => {
    renderSection();
    await invites();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the invite log' }));
    await waitFor(async () => expect(await loadInviteLog()).toEqual([]));
    // The Undo button appears once the save has finished, which can be a tick after storage reads empty.
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await loadInviteLog()).toHaveLength(2));
  });

  test('follow-up preferences save as they change', async () => {
    renderSection();
    await invites();
    fireEvent.change(screen.getByLabelText('Invites a week to aim for'), { target: { value: '3' } });
    expect(screen.getByLabelText(/Offer it again, marked/)).toHaveProperty('checked', true);
    fireEvent.click(screen.getByLabelText(/Leave it out until they answer/));
    await waitFor(async () => expect(await STORED.followUps.item.getValue()).toMatchObject({ weeklyGoal: 3, offeredTimes: 'leave-out' }));
  });

  test('compact (the popover) shows only waiting invites, without the preferences', async () => {
    await STORED.inviteLog.item.setValue((await loadInviteLog()).map((entry) => (entry.id === 'b' ? { ...entry, outcome: 'no' as const } : entry)));
    renderSection(true);
    expect(await invites()).toHaveLength(1);
    expect(screen.queryByLabelText('Invites a week to aim for')).toBeNull();
  });
});
