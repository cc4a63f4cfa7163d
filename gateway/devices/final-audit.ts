/**
 * Taking a revoked computer's last audit events before it wipes (shared/api/final-audit.ts; issue 7
 * "a device keeps its events until the gateway has them"). Narrow on purpose: the computer must BE
 * revoked (an enrolled one sends through the signed-in route), each event must be vouched for by
 * its person's key on that computer, dated before the revocation, and the computer gets one
 * chance. The claim on that chance, the events and the gateway's own audit of the shipment are one
 * transaction. No session is made or revived: the computer's tokens stay useless.
 *
 * "Vouched for": an event's proof is an HMAC of its chain link under its person's upload key on
 * that computer, made when it was recorded. A link's hash covers the link before it, so a proved
 * link vouches for every earlier one of its chain that leads to it unbroken (an unlock refused for
 * a wrong password, recorded with no key held, is vouched for by the person's next proved event).
 * What follows the last proved link is not taken: anyone holding the computer could have made it.
 */
import type { Kysely } from 'kysely';
import type { AuditAccepted, DeviceAuditEvent } from '../../shared/api/audit.ts';
import { auditProofText, type ProvedAuditEvent } from '../../shared/api/final-audit.ts';
import { linkHash } from '../../shared/domain/audit-chain.ts';
import { appendGatewayEvent, sha256Hex } from '../audit/chain.ts';
import { ingestWithin } from '../audit/ingest.ts';
import type { Database } from '../db/schema.ts';
import { personKeyCheck } from '../uploads/upload-keys.ts';

export const NOT_OF_THIS_HOME = 'the person does not work at the home this computer was enrolled to';
export const NO_KEY = 'the person never signed in online on this computer, so nothing vouches for it';
export const NOT_VOUCHED = 'not vouched for by its person’s key on this computer';
export const AFTER_REVOCATION = 'dated after the computer was revoked';

interface FinalAuditsTable {
  device_id: string;
  received_at: string;
  accepted: number;
  refused: number;
}
const withFinalAudits = (db: Kysely<Database>) => db.withTables<{ device_final_audits: FinalAuditsTable }>();

export type FinalAuditOutcome =
  | { kind: 'taken'; answer: AuditAccepted }
  | { kind: 'unknown-device' | 'not-revoked' | 'already-taken' | 'nothing-vouched' };

type Refusal = AuditAccepted['refused'][number];
interface Who {
  staffId: string;
  homeId: string;
  deviceId: string;
}

/** How many of a chain's events, in order, lead unbroken to a link proved with the person's key. */
async function vouchedPrefix(
  chain: readonly ProvedAuditEvent[],
  macHolds: (text: string, given: string) => boolean,
  who: Who,
): Promise<number> {
  let vouched = 0;
  for (const [i, { event, proof }] of chain.entries()) {
    const before = chain[i - 1]?.event;
    const hashed = await linkHash(sha256Hex, { ...event, ...who, action: event.action });
    const follows = !before || (event.seq === before.seq + 1 && event.prevHash === before.hash);
    if (hashed !== event.hash || !follows) break;
    if (proof !== null && macHolds(auditProofText(who.staffId, who.deviceId, event.hash), proof))
      vouched = i + 1;
  }
  return vouched;
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/** Sorts one person's events into those vouched for (by chain, in order) and those refused. */
async function vouchedEvents(
  db: Kysely<Database>,
  who: Who,
  revokedAt: string,
  events: readonly ProvedAuditEvent[],
): Promise<{ take: DeviceAuditEvent[]; refused: Refusal[] }> {
  const refuseAll = (reason: string) => ({
    take: [],
    refused: events.map((e) => ({ id: e.event.id, reason })),
  });
  const staff = await db
    .selectFrom('staff')
    .select('home_id')
    .where('id', '=', who.staffId)
    .executeTakeFirst();
  if (staff?.home_id !== who.homeId) return refuseAll(NOT_OF_THIS_HOME);
  const macHolds = await personKeyCheck(db, who.staffId, who.deviceId);
  if (!macHolds) return refuseAll(NO_KEY);
  const take: DeviceAuditEvent[] = [];
  const refused: Refusal[] = [];
  for (const chain of groupBy(events, (e) => e.event.chainId).values()) {
    const ordered = [...chain].sort((a, b) => a.event.seq - b.event.seq);
    const n = await vouchedPrefix(ordered, macHolds, who);
    for (const [i, { event }] of ordered.entries()) {
      // Compared as instants: the device writes `at` with its own precision.
      if (i >= n) refused.push({ id: event.id, reason: NOT_VOUCHED });
      else if (Date.parse(event.at) >= Date.parse(revokedAt))
        refused.push({ id: event.id, reason: AFTER_REVOCATION });
      else take.push(event);
    }
  }
  return { take, refused };
}

export async function takeFinalAudit(
  db: Kysely<Database>,
  deviceId: string,
  events: readonly ProvedAuditEvent[],
  now: Date,
): Promise<FinalAuditOutcome> {
  const device = await db
    .selectFrom('enrolled_devices')
    .select(['home_id', 'name', 'revoked_at'])
    .where('id', '=', deviceId)
    .executeTakeFirst();
  if (!device) return { kind: 'unknown-device' };
  if (device.revoked_at === null) return { kind: 'not-revoked' };
  const revokedAt = device.revoked_at;

  const byPerson = new Map<string, DeviceAuditEvent[]>();
  const refused: Refusal[] = [];
  for (const [staffId, theirs] of groupBy(events, (e) => e.staffId)) {
    const who = { staffId, homeId: device.home_id, deviceId };
    const sorted = await vouchedEvents(db, who, revokedAt, theirs);
    if (sorted.take.length > 0) byPerson.set(staffId, sorted.take);
    refused.push(...sorted.refused);
  }
  // Nothing vouched for: whoever sent this cannot use up the computer's one chance.
  if (byPerson.size === 0) return { kind: 'nothing-vouched' };

  return db.transaction().execute(async (trx) => {
    const receivedAt = now.toISOString();
    const claimed = await withFinalAudits(trx)
      .insertInto('device_final_audits')
      .values({ device_id: deviceId, received_at: receivedAt, accepted: 0, refused: 0 })
      .onConflict((oc) => oc.column('device_id').doNothing())
      .executeTakeFirst();
    if (claimed.numInsertedOrUpdatedRows !== 1n) return { kind: 'already-taken' as const };
    const accepted: string[] = [];
    for (const [staffId, theirs] of byPerson) {
      const answer = await ingestWithin(trx, { staffId, homeId: device.home_id, deviceId }, theirs, now);
      accepted.push(...answer.accepted);
      refused.push(...answer.refused);
    }
    await withFinalAudits(trx)
      .updateTable('device_final_audits')
      .set({ accepted: accepted.length, refused: refused.length })
      .where('device_id', '=', deviceId)
      .execute();
    await appendGatewayEvent(
      trx,
      {
        staffId: null,
        homeId: device.home_id,
        deviceId,
        action: 'device-final-audit',
        detail: `${accepted.length} taken, ${refused.length} refused, from ${device.name} before its wipe`,
      },
      now,
    );
    return { kind: 'taken' as const, answer: { accepted, refused } };
  });
}
