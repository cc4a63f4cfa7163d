/**
 * The gateway's copy of the audit: events devices hand over (kept on the device until acknowledged)
 * and the ones the gateway records itself. The id is the primary key, so a resent event is ignored.
 * (The tamper-evident chain and append-only enforcement come with the audit issue.)
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // No foreign keys: the audit must outlive the staff, children and devices it names.
    .addColumn('staff_id', 'text')
    .addColumn('home_id', 'text')
    .addColumn('device_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('offline', 'integer', (c) => c.notNull().check(sql`offline in (0, 1)`))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('device', 'gateway')`))
    .execute();

  // Managers review by home and by person, newest first.
  await db.schema
    .createIndex('audit_events_home_occurred')
    .on('audit_events')
    .columns(['home_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('audit_events_staff_occurred')
    .on('audit_events')
    .columns(['staff_id', 'occurred_at'])
    .execute();
}
