/**
 * The invite log in the browser: reading it (skipping broken entries with a warning), recording an
 * accepted invite and changing an outcome. What the log means for the next invite is the planner's (utils/plan.ts).
 * The rules themselves are pure, in utils/invite-log.
 */
import { z } from 'zod';
import {
  INVITE_LOG_LIMIT,
  parseInviteLog,
  recordInvite,
  type InviteLogEntry,
  type NewInvite,
} from './invite-log';
import {
  defaultFollowUpSettings,
  followUpSettingsItem,
  followUpSettingsSchema,
  inviteLogItem,
  type FollowUpSettings,
} from './storage';
import { createStorageStore, type StorageStore } from './stores';

/** A stored log read entry by entry: one of the wrong shape is left out with a warning, never a crash. */
const inviteLogSchema = z.unknown().transform((raw): InviteLogEntry[] => {
  const { entries, skipped } = parseInviteLog(raw);
  if (skipped > 0) console.warn(`[Someday] Skipped ${skipped} invite log ${skipped === 1 ? 'entry' : 'entries'} of an unexpected shape.`);
  return entries;
});

export function readInviteLog(raw: unknown): InviteLogEntry[] {
  return inviteLogSchema.parse(raw);
}

export async function loadInviteLog(): Promise<InviteLogEntry[]> {
  return readInviteLog(await inviteLogItem.getValue());
}

export function createInviteLogStore(): StorageStore<InviteLogEntry[]> {
  return createStorageStore(inviteLogItem, inviteLogSchema, () => []);
}

export function createFollowUpSettingsStore(): StorageStore<FollowUpSettings> {
  return createStorageStore(followUpSettingsItem, followUpSettingsSchema, defaultFollowUpSettings);
}

/** Adds an accepted invite to the log on this device. */
export async function logAcceptedInvite(invite: NewInvite): Promise<void> {
  const log = await loadInviteLog();
  await inviteLogItem.setValue(recordInvite(log, invite, INVITE_LOG_LIMIT));
}

export function newInviteId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
