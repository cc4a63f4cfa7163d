/**
 * Upload keys (issue 4 "The sync engine": the engine sends "whoever is signed in, or none (items keep
 * their uploader)"). One random key per person and computer, handed to that person at each online
 * sign-in on that computer; the device signs each item they queue with it, so the gateway can file a
 * document in the uploader's name when a colleague's session, or nobody's, carries it (000: the
 * record says who really uploaded it; nobody can queue in another's name). Portable types, as 0001.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('upload_keys')
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    /** 32 random bytes, base64url. */
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('upload_keys_pk', ['staff_id', 'device_id'])
    .execute();
}
