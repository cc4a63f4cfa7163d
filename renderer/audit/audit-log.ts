/**
 * The device's audit log (001: "All entries, enquiries and records viewed are digitally logged
 * against each staff member's account"). Every view, list and search is appended to a durable
 * Dexie table, online or offline, and stays there until the gateway has acknowledged its id
 * (see audit-shipper.ts). Events are encrypted under the device key: a search's words may be a
 * child's name.
 */
import { DeviceAuditEvent, type DeviceAuditAction } from '../../shared/api/audit.ts';
import { sealJson } from '../db/aes-gcm.ts';
import { database } from '../db/database.ts';
import { deviceKeys } from '../db/device-key.ts';
import { useSession } from '../session/session-store.ts';
import { auditContext, shipSoon } from './audit-shipper.ts';

export interface AuditEventInput {
  action: DeviceAuditAction;
  childId: string | null;
  /** A search's words, a filter, or an item id: what was looked at (cut to 200 characters). */
  detail: string | null;
  /** Whether it was read from the device's cache without a connection. */
  offline: boolean;
}

const MAX_DETAIL = 200;

/**
 * Records one event for the signed-in person. Resolves once it is safely on disk; sending happens
 * later. Nothing is recorded when nobody is signed in: there is nobody to attribute it to.
 */
export async function recordAuditEvent(e: AuditEventInput): Promise<void> {
  const staff = useSession.getState().staff;
  if (!staff) return;
  const event = DeviceAuditEvent.parse({
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    action: e.action,
    childId: e.childId,
    detail: e.detail === null ? null : e.detail.slice(0, MAX_DETAIL),
    offline: e.offline,
  });
  const keys = await deviceKeys();
  // Sealed before the write: IndexedDB must not wait on WebCrypto inside a transaction.
  const sealed = keys.available
    ? await sealJson(keys.keys.aes, event, auditContext(event.id, staff.id))
    : null;
  await database().auditQueue.add({
    id: event.id,
    staffId: staff.id,
    at: event.at,
    sealed,
    // Without a key store the event is still kept (the log matters more), but only until sent.
    plain: sealed ? null : event,
  });
  shipSoon();
}
