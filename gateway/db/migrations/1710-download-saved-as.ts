/**
 * What the device saved, beside what the gateway sent (issue 6: "The download, its file name and the
 * SHA-256 of what was saved are audited"). The gateway's `downloads` row had the name it proposed
 * and the hash of the bytes it sent; the device may have saved under another name (e.g.
 * "Care plan (2).pdf" when the file existed, and always inside the shared-drive folder), and the
 * audit event's 200 characters can cut a long path off. So the device reports the full path it
 * saved under and the SHA-256 of what it wrote, once, kept here whole for the managers' audit
 * screen. Nullable: a download not (yet) reported as saved. Portable types only, as 0001.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['saved_as', 'saved_sha256', 'saved_at'] as const) {
    // SQLite adds one column per statement.
    await db.schema.alterTable('downloads').addColumn(column, 'text').execute();
  }
}
