/**
 * The device's audit log (001: "All entries, enquiries and records viewed are digitally logged
 * against each staff member's account"). Every view, list and search is appended to a durable
 * Dexie table, online or offline, and stays there until the gateway has acknowledged its id
 * (see audit-shipper.ts). Events are encrypted under the device key: a search's words may be a
 * child's name. Without a key store they are held in memory only (unsealed-events.ts), never
 * written in the clear. Each is a link of the person's chain on this device (shared/domain/audit-chain.ts),
 * so the gateway can tell if any was changed, removed or reordered before it arrived.
 */
import { z } from 'zod';
import { DeviceAuditEvent, type DeviceAuditAction } from '../../shared/api/audit.ts';
import { auditProofText } from '../../shared/api/final-audit.ts';
import { chainNext } from '../../shared/domain/audit-chain.ts';
import { sealJson } from '../db/aes-gcm.ts';
import { database } from '../db/database.ts';
import { deviceKeys } from '../db/device-key.ts';
import { thisDevice } from '../db/device-identity.ts';
import { toBase64Url } from '../outbox/item-proof.ts';
import { onBeforeSignOut, useSession } from '../session/session-store.ts';
import { uploadSignerFor } from '../session/upload-signer.ts';
import { auditContext, shipAuditEvents, shipSoon } from './audit-shipper.ts';
import { holdUnsealed } from './unsealed-events.ts';

export interface AuditEventInput {
  action: DeviceAuditAction;
  childId: string | null;
  /** A search's words, a filter, or an item id: what was looked at (cut to 200 characters). */
  detail: string | null;
  /** Whether it was read from the device's cache without a connection. */
  offline: boolean;
}

const MAX_DETAIL = 200;

const sha256Hex = async (text: string): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

const ChainHead = z.object({
  staffId: z.string(),
  chainId: z.uuid(),
  seq: z.number().int().positive(),
  hash: z.string(),
});

/** Appends run one after another in this window; the head check below covers other windows. */
let appending: Promise<unknown> = Promise.resolve();

/**
 * Records one event for the signed-in person, as the next link of their chain on this device.
 * Resolves once it is safely on disk; sending happens later. Nothing is recorded when nobody is
 * signed in: there is nobody to attribute it to.
 */
export function recordAuditEvent(e: AuditEventInput): Promise<void> {
  // Who and when are taken now, not when this append's turn comes: on a busy computer appends queue
  // up, and a sign-out in between left the last views with nobody to record them for (they were
  // lost), and gave an event its turn's time.
  const staff = useSession.getState().staff;
  if (!staff) return Promise.resolve();
  const person = { id: staff.id, homeId: staff.home.id };
  const at = new Date();
  return queued(() => append(e, person, at));
}

/** Who an event is about when nobody is signed in: the person a saved sign-in on this computer is for. */
export interface AuditPerson {
  id: string;
  homeId: string;
}

/**
 * Records one event for a person who is NOT signed in (a wrong password at "Unlock Hearth"), as the
 * next link of their chain on this device. It is sent when that person next signs in online: the
 * gateway takes a person's events only from that person (000: own account).
 */
export function recordAuditEventFor(person: AuditPerson, e: AuditEventInput): Promise<void> {
  const at = new Date();
  return queued(() => append(e, person, at));
}

function queued(work: () => Promise<void>): Promise<void> {
  const next = appending.then(work);
  appending = next.catch(() => undefined);
  return next;
}

// Last chance before the tokens go: what was viewed in this session, including views still being
// written, reaches the gateway now (anything not sent waits, sealed, for the next sign-in).
onBeforeSignOut(async () => {
  await appending;
  await shipAuditEvents();
});

/**
 * The link's proof under the person's own key on this computer, when it is held (they are signed
 * in): what lets a revoked computer hand the event over before it wipes, with nobody signed in
 * (shared/api/final-audit.ts). Null otherwise; a later proved link of the chain vouches for it.
 */
async function proofOf(staffId: string, deviceId: string, hash: string): Promise<string | null> {
  const signer = uploadSignerFor(staffId);
  if (!signer || signer.deviceId !== deviceId) return null;
  const text = new TextEncoder().encode(auditProofText(staffId, deviceId, hash));
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', signer.key, text)));
}

async function append(e: AuditEventInput, staff: AuditPerson, at: Date): Promise<void> {
  const [device, keys] = await Promise.all([thisDevice(), deviceKeys()]);
  const db = database();
  const content = {
    id: crypto.randomUUID(),
    at: at.toISOString(),
    action: e.action,
    childId: e.childId,
    detail: e.detail === null ? null : e.detail.slice(0, MAX_DETAIL),
    offline: e.offline,
  };
  // Hashing and sealing are WebCrypto, which a Dexie transaction must not wait on: link to the head
  // as read now, then write only if the head is still that one (another window may have moved it).
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const read = ChainHead.safeParse(await db.auditChains.get(staff.id));
    const head = read.success ? read.data : null;
    const chainId = head?.chainId ?? crypto.randomUUID();
    const link = await chainNext(sha256Hex, head, {
      ...content,
      chainId,
      staffId: staff.id,
      homeId: staff.homeId,
      deviceId: device.id,
    });
    const event = DeviceAuditEvent.parse({
      ...content,
      chainId,
      seq: link.seq,
      prevHash: link.prevHash,
      hash: link.hash,
    });
    const sealed = keys.available
      ? await sealJson(keys.keys.aes, event, auditContext(event.id, staff.id))
      : null;
    const proof = await proofOf(staff.id, device.id, event.hash);
    const written = await db.transaction('rw', db.auditQueue, db.auditChains, async () => {
      const now = ChainHead.safeParse(await db.auditChains.get(staff.id));
      const unchanged = now.success ? head?.hash === now.data.hash : head === null;
      if (!unchanged) return false;
      // Without a key store the event is kept in memory only, never in the clear on disk (003).
      if (sealed) {
        await db.auditQueue.add({
          id: event.id,
          staffId: staff.id,
          at: event.at,
          chainId,
          seq: event.seq,
          sealed,
          plain: null,
          proof,
        });
      }
      await db.auditChains.put({ staffId: staff.id, chainId, seq: event.seq, hash: event.hash });
      return true;
    });
    if (written) {
      if (!sealed) holdUnsealed(staff.id, event, proof);
      shipSoon();
      return;
    }
  }
  throw new Error('the audit log is busy in another window: the event could not be chained');
}
