// @vitest-environment jsdom
/**
 * The table of stored things: the Privacy table lists every entry with its size, the sync total
 * counts every synced entry, and the backup carries exactly the entries marked for it.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PrivacySection } from '../../components/PrivacySection';
import { BACKUP_PART_NAMES, collectBackup } from '../../extension/backup';
import { t } from '../../extension/i18n';
import { defaultFollowUpSettings } from '../../core/invite-log';
import { ALL_STORED, STORED, STORED_NAMES, SYNC_QUOTA_BYTES, syncBytes, writeStored } from '../../extension/storage';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

describe('the Privacy table', () => {
  test('lists every stored thing, the follow-ups, invite log, snoozes, nearby list and the set-aside bin included', async () => {
    render(<PrivacySection />);
    // One header row, then one row per stored thing.
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(ALL_STORED.length + 1));
    for (const name of ['followUps', 'inviteLog', 'snooze', 'nearby', 'couldNotBeRead']) {
      expect(ALL_STORED.map((thing) => thing.name)).toContain(name);
    }
    for (const thing of ALL_STORED) {
      const row = document.querySelector<HTMLElement>(`tr[data-stored="${thing.name}"]`)!;
      expect(within(row).getByText(t(thing.label))).toBeTruthy();
      expect(within(row).getByText(t(thing.area === 'sync' ? 'optionsPrivacySync' : 'optionsPrivacyLocal'))).toBeTruthy();
    }
  });

  test('sizes follow what is stored, and the sync total counts every synced thing with its version record', async () => {
    render(<PrivacySection />);
    await screen.findByTestId('sync-total');
    const followUps = { ...defaultFollowUpSettings(), followUpDays: 5 };
    await writeStored(STORED.followUps, followUps);
    await writeStored(STORED.nearby, ['linkedin:/in/sam']);
    const expectedFollowUps = syncBytes('followUps', followUps) + syncBytes('followUps$', { v: 1 });
    await waitFor(() => expect(document.querySelector('tr[data-stored="followUps"]')!.textContent).toContain(`${expectedFollowUps} bytes`));
    const nearbyBytes = syncBytes('nearbyConversations', ['linkedin:/in/sam']) + syncBytes('nearbyConversations$', { v: 1 });
    expect(document.querySelector('tr[data-stored="nearby"]')!.textContent).toContain(`${nearbyBytes} bytes`);
    // Only followUps is in sync so far: the total is exactly its size.
    expect(screen.getByTestId('sync-total').textContent).toContain(`${expectedFollowUps} of ${SYNC_QUOTA_BYTES.toLocaleString()}`);
    const settings = { enabled: false, disabledSites: [] };
    await writeStored(STORED.settings, settings);
    const total = expectedFollowUps + syncBytes('settings', settings) + syncBytes('settings$', { v: 1 });
    await waitFor(() => expect(screen.getByTestId('sync-total').textContent).toContain(`${total} of`));
  });
});

describe('the backup follows the table', () => {
  test('it carries exactly the things marked for backup, each at its version', async () => {
    expect(BACKUP_PART_NAMES).toEqual(STORED_NAMES.filter((name) => STORED[name].backup));
    const backup = await collectBackup(new Date('2026-03-02T12:00:00Z'));
    for (const name of STORED_NAMES) expect(name in backup).toBe(STORED[name].backup);
    expect(backup.versions).toEqual(Object.fromEntries(BACKUP_PART_NAMES.map((name) => [name, STORED[name].version])));
  });
});
