/**
 * How long the outbox keeps an item the council has and whose social worker was told (issue 7
 * "Minimisation and retention"; DOMAIN.md "Data protection (003)": kept no longer than necessary).
 * Its document's bytes are deleted the moment it is received (item-store.ts); what stays is its
 * encrypted details (child, type, title) and its status, for two uses only:
 * - the queue screen's history, so staff can see that what they queued did go;
 * - the note to write on the hard copy (001), shown on the queued item.
 * Both are needed for days, not for ever: the hard copies still to mark are the gateway's list
 * (the hard copies screen), which does not depend on the device. So a notified item's details are
 * deleted SETTLED_RETENTION_DAYS after the council recorded it. Anything not yet notified (still
 * sending, waiting for the email, needing attention) is never deleted here.
 */
import type { ParsedItemRow } from './outbox-rows.ts';

export const SETTLED_RETENTION_DAYS = 30;
const RETENTION_MS = SETTLED_RETENTION_DAYS * 24 * 60 * 60 * 1000;

/** True when the item's details are no longer needed on this device. */
export function pastRetention(item: Pick<ParsedItemRow, 'state' | 'recordedAt'>, now: Date): boolean {
  if (item.state !== 'notified' || item.recordedAt === null) return false;
  return Date.parse(item.recordedAt) + RETENTION_MS <= now.getTime();
}
