/**
 * Device enrolment (issue 7 "Data at rest": "devices are enrolled to one home by a manager with a
 * one-time code; the gateway lists a home's devices; a revoked device's tokens stop working at once").
 * `enrolled_devices` holds each computer enrolled to a home, and its revocation; `enrolment_codes`
 * the one-time codes managers make, stored as SHA-256 hashes (a copy of the database enrols nothing),
 * each usable once before it expires. Portable column types only, as 0001.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('enrolled_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enrolled_at', 'text', (c) => c.notNull())
    /** The manager whose code enrolled it; null for a device the demo gateway enrolled at first sign-in. */
    .addColumn('enrolled_by', 'text', (c) => c.references('staff.id'))
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('staff.id'))
    .execute();
  await db.schema.createIndex('enrolled_devices_home').on('enrolled_devices').column('home_id').execute();

  await db.schema
    .createTable('enrolment_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_by_device', 'text')
    .execute();
}
