/**
 * Downloads (issue 6; guidance 001 "Downloading documents from Mosaic"):
 * - `download_discussions`: a discussion with the allocated social worker recorded before a
 *   non-permitted document is downloaded (001: "Other records should be discussed with the
 *   allocated social worker before being downloaded"): who was consulted, when, why. It opens the
 *   download for that person, child and document only.
 * - `home_download_settings`: the home's file-name pattern for the shared drive and the roles that
 *   may download (a role setting; no row means the defaults).
 * - `downloads`: every download the gateway answered, with the file name and the SHA-256 of exactly
 *   the bytes it sent, and what allowed it (the type, or which discussion). The audit row points here.
 * Portable column types only (text, integer), as 0001. Numbered 0300 so it sorts after the migrations
 * written in parallel.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('download_discussions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('consulted_name', 'text', (c) => c.notNull())
    .addColumn('consulted_role', 'text', (c) => c.notNull())
    // When the discussion took place, as the person entered it (with its offset); recorded_at is ours.
    .addColumn('discussed_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('download_discussions_person_document')
    .on('download_discussions')
    .columns(['staff_id', 'child_id', 'document_id'])
    .execute();

  await db.schema
    .createTable('home_download_settings')
    .addColumn('home_id', 'text', (c) => c.primaryKey().references('homes.id'))
    .addColumn('pattern', 'text', (c) => c.notNull())
    /** The roles that may download, as a JSON array parsed with DownloadRoles whenever it is read. */
    .addColumn('download_roles', 'text', (c) => c.notNull())
    .addColumn('updated_by_staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('updated_by_name', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('downloads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('basis', 'text', (c) =>
      c.notNull().check(sql`basis in ('permitted-type', 'discussed-with-social-worker')`),
    )
    .addColumn('discussion_id', 'text', (c) => c.references('download_discussions.id'))
    .addColumn('downloaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('downloads_home')
    .on('downloads')
    .columns(['home_id', 'downloaded_at'])
    .execute();
}
