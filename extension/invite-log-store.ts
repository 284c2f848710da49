/**
 * The invite log in the browser: reading it and recording an accepted invite. What the log means
 * for the next invite is the planner's (core/plan.ts). The rules themselves are pure, in core/invite-log; how the
 * log is stored (and what happens to entries that cannot be read) is its entry in extension/storage.ts.
 */
import { INVITE_LOG_LIMIT, recordInvite, type InviteLogEntry, type NewInvite } from '../core/invite-log';
import { readStored, STORED, updateStored } from './storage';

/** The log's readable entries; entries that cannot be read stay stored and are left out here. */
export function loadInviteLog(): Promise<InviteLogEntry[]> {
  return readStored(STORED.inviteLog);
}

/** Adds an accepted invite to the log on this device. */
export async function logAcceptedInvite(invite: NewInvite): Promise<void> {
  await updateStored(STORED.inviteLog, (log) => recordInvite(log, invite, INVITE_LOG_LIMIT));
}

export function newInviteId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
