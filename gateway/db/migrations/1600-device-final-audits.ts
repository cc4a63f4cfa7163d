/**
 * The last shipment of a revoked computer's audit events (issue 7; shared/api/final-audit.ts): one
 * row per computer that made it, so it is taken once only. Its primary key is the claim: a second
 * shipment from the same computer meets the row and is refused. Portable types, as 0001.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('device_final_audits')
    .addColumn('device_id', 'text', (c) => c.primaryKey().references('enrolled_devices.id'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('refused', 'integer', (c) => c.notNull())
    .execute();
}
