/**
 * Takes a batch of a device's audit events (POST /api/v1/audit/events). Each event is inserted once
 * by its id (a resend after a lost answer records nothing twice), as the next link of the device's
 * chain for that person (shared/domain/audit-chain.ts), checked as it arrives. An event about a child is taken
 * only when that child exists for the person: placed in their home now, or on the day the event
 * happened (a view made offline just before the child left is still a true record). Anything else
 * is refused, with the same reason for an unknown id and another home's child.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { AuditAccepted, DeviceAuditEvent } from '../../shared/api/audit.ts';
import { englandDate, isPlacedInHome } from '../../shared/domain/access.ts';
import { GENESIS_HASH, linkHash } from '../../shared/domain/audit-chain.ts';
import type { AuditEventsTable, Database } from '../db/schema.ts';
import { chainHead, moveHead, sha256Hex } from './chain.ts';

export interface Author {
  staffId: string;
  homeId: string;
  deviceId: string;
}

export const NOT_YOUR_CHILD = 'not a child placed in your home';
export const ID_TAKEN = 'this event id is already held for another person or device';
export const NOT_YOUR_CHAIN = 'this audit chain belongs to another person or device';
export const CHAIN_CONFLICT = 'the gateway already holds a different event at this place in the chain';
export const BROKEN_LINK = 'held, but it does not follow the event before it in the chain';

async function placementsOf(db: Kysely<Database>, homeId: string, childIds: string[]) {
  const rows =
    childIds.length === 0
      ? []
      : await db
          .selectFrom('children')
          .select(['id', 'home_id', 'placement_start', 'placement_end'])
          .where('id', 'in', childIds)
          .where('home_id', '=', homeId)
          .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { homeId: r.home_id, placementStart: r.placement_start, placementEnd: r.placement_end },
    ]),
  );
}

export async function ingestDeviceEvents(
  db: Kysely<Database>,
  author: Author,
  events: readonly DeviceAuditEvent[],
  now: Date,
): Promise<AuditAccepted> {
  return db.transaction().execute((trx) => ingestWithin(trx, author, events, now));
}

/** The same, inside the caller's transaction (the final shipment claims its one chance in it too). */
export async function ingestWithin(
  trx: Transaction<Database>,
  author: Author,
  events: readonly DeviceAuditEvent[],
  now: Date,
): Promise<AuditAccepted> {
  const today = englandDate(now);
  const childIds = [...new Set(events.flatMap((e) => (e.childId === null ? [] : [e.childId])))];
  const placements = await placementsOf(trx, author.homeId, childIds);
  const notYourChild = (event: DeviceAuditEvent) => {
    if (event.childId === null) return false;
    const placement = placements.get(event.childId);
    const seen = [today, englandDate(new Date(event.at))];
    return placement === undefined || !seen.some((day) => isPlacedInHome(placement, author.homeId, day));
  };
  const accepted: string[] = [];
  const refused: AuditAccepted['refused'] = [];
  const receivedAt = now.toISOString();
  // The same id twice in one batch is one event; each chain's events in their order.
  const unique = [...new Map(events.map((e) => [e.id, e])).values()].sort(
    (a, b) => a.chainId.localeCompare(b.chainId) || a.seq - b.seq,
  );
  for (const event of unique) {
    const verdict = await takeLink(trx, author, event, notYourChild(event), receivedAt);
    if (verdict === 'accepted') accepted.push(event.id);
    else refused.push({ id: event.id, reason: verdict });
  }
  return { accepted, refused };
}

/**
 * One link of a device's chain. It is held when it is new to the chain, even when the gateway does
 * not stand behind it (about a child not placed in the home) or it does not follow the link before
 * (edited or removed on the device): the verification then shows where the chain broke, and the
 * device stops resending it. A link the chain already holds is accepted again only unchanged.
 */
async function takeLink(
  trx: Transaction<Database>,
  author: Author,
  event: DeviceAuditEvent,
  childRefused: boolean,
  receivedAt: string,
): Promise<'accepted' | string> {
  const existing = await trx
    .selectFrom('audit_events')
    .select(['chain_id', 'hash', 'staff_id', 'device_id', 'refused_reason'])
    .where('id', '=', event.id)
    .executeTakeFirst();
  if (existing) {
    const same =
      existing.chain_id === event.chainId &&
      existing.hash === event.hash &&
      existing.staff_id === author.staffId &&
      existing.device_id === author.deviceId;
    if (!same) return ID_TAKEN;
    return existing.refused_reason ?? 'accepted';
  }
  const head = await chainHead(trx, event.chainId);
  if (head && (head.staff_id !== author.staffId || head.device_id !== author.deviceId)) return NOT_YOUR_CHAIN;
  if (head && event.seq <= head.seq) return CHAIN_CONFLICT;
  const link = {
    ...event,
    staffId: author.staffId,
    homeId: author.homeId,
    deviceId: author.deviceId,
    action: event.action as string,
  };
  const follows =
    event.seq === (head?.seq ?? 0) + 1 &&
    event.prevHash === (head?.hash ?? GENESIS_HASH) &&
    (await linkHash(sha256Hex, link)) === event.hash;
  const reason = childRefused ? NOT_YOUR_CHILD : follows ? null : BROKEN_LINK;
  const row: Insertable<AuditEventsTable> = {
    id: event.id,
    staff_id: author.staffId,
    home_id: author.homeId,
    device_id: author.deviceId,
    action: event.action,
    child_id: event.childId,
    detail: event.detail,
    offline: event.offline ? 1 : 0,
    // Kept as the device wrote it: it is part of what the link's hash covers.
    occurred_at: event.at,
    received_at: receivedAt,
    source: 'device',
    chain_id: event.chainId,
    seq: event.seq,
    prev_hash: event.prevHash,
    hash: event.hash,
    refused_reason: reason,
  };
  await trx.insertInto('audit_events').values(row).execute();
  await moveHead(trx, event.chainId, 'device', author, { seq: event.seq, hash: event.hash }, receivedAt);
  return reason ?? 'accepted';
}
