/**
 * The invite log in the browser: reading it, recording an accepted invite, and the times it holds
 * for people who have not answered. The rules themselves are pure, in utils/invite-log; how the
 * log is stored (and what happens to entries that cannot be read) is its entry in utils/storage.ts.
 */
import type { Interval } from './availability';
import { INVITE_LOG_LIMIT, heldTimes, recordInvite, type FollowUpSettings, type InviteLogEntry, type NewInvite } from './invite-log';
import { readStored, STORED, updateStored } from './storage';

/** The log's readable entries; entries that cannot be read stay stored and are left out here. */
export function loadInviteLog(): Promise<InviteLogEntry[]> {
  return readStored(STORED.inviteLog);
}

/** Adds an accepted invite to the log on this device. */
export async function logAcceptedInvite(invite: NewInvite): Promise<void> {
  await updateStored(STORED.inviteLog, (log) => recordInvite(log, invite, INVITE_LOG_LIMIT));
}

/** Times to keep out of the next invite, when the person holds offered times (on by default). */
export function heldBusy(log: readonly InviteLogEntry[], settings: FollowUpSettings, now: Date): Interval[] {
  return settings.holdOfferedTimes ? heldTimes(log, now) : [];
}

export function newInviteId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
