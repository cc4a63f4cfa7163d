/**
 * The tamper-evident audit (issue 7; shared/domain/audit-chain.ts). Each event gets its chain, its
 * position and the hashes that link it; each chain's last link is kept in `audit_chain_heads`, so a
 * new event is chained in the same transaction that writes it. Events already held are chained
 * here, in the order they were received: the gateway's own as one chain, each device's per person.
 * Then triggers make the table append-only: there is no way, through the API or SQL, to edit or
 * delete an event short of dropping the triggers, which the verification would then expose.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { GATEWAY_CHAIN_ID, chainNext } from '../../../shared/domain/audit-chain.ts';

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

interface LegacyRow {
  id: string;
  staff_id: string | null;
  home_id: string | null;
  device_id: string | null;
  action: string;
  child_id: string | null;
  detail: string | null;
  offline: number;
  occurred_at: string;
  source: string;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_events').addColumn('chain_id', 'text').execute();
  await db.schema.alterTable('audit_events').addColumn('seq', 'integer').execute();
  await db.schema.alterTable('audit_events').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit_events').addColumn('hash', 'text').execute();
  // A device event the gateway holds (it is a link of the device's chain) but does not stand behind,
  // e.g. about a child not placed in the person's home: why, for the managers' review.
  await db.schema.alterTable('audit_events').addColumn('refused_reason', 'text').execute();

  await db.schema
    .createTable('audit_chain_heads')
    .addColumn('chain_id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('gateway', 'device')`))
    // A device chain belongs to one person on one device: events for it from anyone else are refused.
    .addColumn('staff_id', 'text')
    .addColumn('device_id', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  const rows = (await db
    .selectFrom('audit_events' as never)
    .selectAll()
    .orderBy(sql`received_at`)
    .orderBy(sql`rowid`)
    .execute()) as LegacyRow[];
  const heads = new Map<
    string,
    { seq: number; hash: string; staffId: string | null; deviceId: string | null }
  >();
  for (const row of rows) {
    const chainId =
      row.source === 'gateway' ? GATEWAY_CHAIN_ID : `legacy-device:${row.device_id}:${row.staff_id}`;
    const head = heads.get(chainId) ?? null;
    const link = await chainNext(sha256Hex, head, {
      chainId,
      id: row.id,
      at: row.occurred_at,
      action: row.action,
      staffId: row.staff_id,
      homeId: row.home_id,
      deviceId: row.device_id,
      childId: row.child_id,
      detail: row.detail,
      offline: row.offline === 1,
    });
    await db
      .updateTable('audit_events' as never)
      .set({ chain_id: chainId, seq: link.seq, prev_hash: link.prevHash, hash: link.hash } as never)
      .where(sql`id`, '=', row.id)
      .execute();
    heads.set(chainId, { seq: link.seq, hash: link.hash, staffId: row.staff_id, deviceId: row.device_id });
  }
  const now = new Date().toISOString();
  for (const [chainId, head] of heads) {
    await db
      .insertInto('audit_chain_heads' as never)
      .values({
        chain_id: chainId,
        kind: chainId === GATEWAY_CHAIN_ID ? 'gateway' : 'device',
        staff_id: chainId === GATEWAY_CHAIN_ID ? null : head.staffId,
        device_id: chainId === GATEWAY_CHAIN_ID ? null : head.deviceId,
        seq: head.seq,
        hash: head.hash,
        updated_at: now,
      } as never)
      .execute();
  }

  await db.schema
    .createIndex('audit_events_chain_seq')
    .unique()
    .on('audit_events')
    .columns(['chain_id', 'seq'])
    .execute();
  await sql`CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'the audit is append-only: events cannot be changed'); END`.execute(db);
  await sql`CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'the audit is append-only: events cannot be deleted'); END`.execute(db);
}
