/**
 * Writing and checking the audit chains at the gateway (shared/domain/audit-chain.ts). Every insert
 * into `audit_events` goes through `appendGatewayEvent` or `appendDeviceLinks`, inside the caller's
 * transaction, which reads the chain's head, links the event to it and moves the head: one writer at
 * a time (SQLite runs one write transaction at a time; PostgreSQL would lock the head row).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditAction } from '../../shared/api/audit.ts';
import {
  GATEWAY_CHAIN_ID,
  chainNext,
  verifyChain,
  type ChainVerdict,
  type ChainedEntry,
} from '../../shared/domain/audit-chain.ts';
import type { Database } from '../db/schema.ts';

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

type Db = Kysely<Database> | Transaction<Database>;

export interface GatewayEvent {
  staffId: string | null;
  homeId: string | null;
  deviceId: string | null;
  action: AuditAction;
  childId?: string | null;
  /** What was asked for or why it was refused; cut to 200 characters. */
  detail?: string | null;
}

async function headOf(db: Db, chainId: string) {
  const row = await db
    .selectFrom('audit_chain_heads')
    .select(['seq', 'hash', 'staff_id', 'device_id'])
    .where('chain_id', '=', chainId)
    .executeTakeFirst();
  return row ?? null;
}

async function moveHead(
  db: Db,
  chainId: string,
  kind: 'gateway' | 'device',
  owner: { staffId: string | null; deviceId: string | null },
  link: { seq: number; hash: string },
  now: string,
): Promise<void> {
  await db
    .insertInto('audit_chain_heads')
    .values({
      chain_id: chainId,
      kind,
      staff_id: owner.staffId,
      device_id: owner.deviceId,
      seq: link.seq,
      hash: link.hash,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('chain_id').doUpdateSet({ seq: link.seq, hash: link.hash, updated_at: now }),
    )
    .execute();
}

/** Records one of the gateway's own events as the next link of its chain. Call inside a transaction. */
export async function appendGatewayEvent(trx: Db, event: GatewayEvent, now: Date): Promise<string> {
  const at = now.toISOString();
  const head = await headOf(trx, GATEWAY_CHAIN_ID);
  const link = await chainNext(sha256Hex, head, {
    chainId: GATEWAY_CHAIN_ID,
    id: randomUUID(),
    at,
    action: event.action,
    staffId: event.staffId,
    homeId: event.homeId,
    deviceId: event.deviceId,
    childId: event.childId ?? null,
    detail: event.detail == null ? null : event.detail.slice(0, 200),
    offline: false,
  });
  await trx
    .insertInto('audit_events')
    .values({
      id: link.id,
      staff_id: link.staffId,
      home_id: link.homeId,
      device_id: link.deviceId,
      action: event.action,
      child_id: link.childId,
      detail: link.detail,
      offline: 0,
      occurred_at: at,
      received_at: at,
      source: 'gateway',
      chain_id: link.chainId,
      seq: link.seq,
      prev_hash: link.prevHash,
      hash: link.hash,
    })
    .execute();
  await moveHead(trx, GATEWAY_CHAIN_ID, 'gateway', { staffId: null, deviceId: null }, link, at);
  return link.id;
}

/** The chain's head as the gateway holds it, and who it belongs to (null: never seen). */
export const chainHead = headOf;

export { moveHead };

function entryOf(row: {
  id: string;
  chain_id: string;
  seq: number;
  prev_hash: string;
  hash: string;
  occurred_at: string;
  action: string;
  staff_id: string | null;
  home_id: string | null;
  device_id: string | null;
  child_id: string | null;
  detail: string | null;
  offline: number;
}): ChainedEntry {
  return {
    chainId: row.chain_id,
    seq: row.seq,
    prevHash: row.prev_hash,
    hash: row.hash,
    id: row.id,
    at: row.occurred_at,
    action: row.action,
    staffId: row.staff_id,
    homeId: row.home_id,
    deviceId: row.device_id,
    childId: row.child_id,
    detail: row.detail,
    offline: row.offline === 1,
  };
}

export interface ChainReport {
  chains: (ChainVerdict & { headMatches: boolean })[];
  ok: boolean;
}

/**
 * Verifies every chain from its first link, in stored order (rowid: the order the gateway wrote them),
 * and that each chain ends at the head the gateway kept (so removing the last events shows too).
 */
export async function verifyAllChains(db: Kysely<Database>, homeId?: string): Promise<ChainReport> {
  let heads = db.selectFrom('audit_chain_heads').select(['chain_id', 'seq', 'hash']);
  if (homeId !== undefined) {
    // A home's managers check the gateway's chain and the chains of their home's devices' people.
    const homeChains = db
      .selectFrom('audit_events')
      .select('chain_id')
      .where('home_id', '=', homeId)
      .distinct();
    heads = heads.where((eb) =>
      eb.or([eb('chain_id', '=', GATEWAY_CHAIN_ID), eb('chain_id', 'in', homeChains)]),
    );
  }
  const chains: ChainReport['chains'] = [];
  for (const head of await heads.orderBy('chain_id').execute()) {
    const rows = await db
      .selectFrom('audit_events')
      .select([
        'id',
        'chain_id',
        'seq',
        'prev_hash',
        'hash',
        'occurred_at',
        'action',
        'staff_id',
        'home_id',
        'device_id',
        'child_id',
        'detail',
        'offline',
      ])
      .where('chain_id', '=', head.chain_id)
      .orderBy(db.dynamic.ref('rowid'))
      .execute();
    const verdict = await verifyChain(sha256Hex, head.chain_id, rows.map(entryOf));
    const headMatches = verdict.ok && verdict.head?.seq === head.seq && verdict.head.hash === head.hash;
    chains.push({ ...verdict, headMatches });
  }
  return { chains, ok: chains.every((c) => c.ok && c.headMatches) };
}
