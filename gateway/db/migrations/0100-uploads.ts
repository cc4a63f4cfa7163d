/**
 * Uploads and social-worker notifications (issue 4; guidance 001 "Recording requirements").
 * - `documents` gains who uploaded it ("Uploaded by {name}, {role}, on behalf of {name}, {role}",
 *   guidance 000) and the outbox id it came from. A UNIQUE index on `outbox_id` is the last line of
 *   the exactly-once rule: however two requests race, one outbox item can never store two documents.
 *   (Seeded and Mosaic documents have no outbox id; NULLs never collide in a unique index.)
 * - `outbox_uploads`: one row per outbox item the gateway has heard of, so the device can ask where
 *   its item stands after a lost answer, and a refused file stays refused with its reason.
 * - `notifications`: the persisted email queue, written in the same transaction as the document.
 * Portable column types only (text, integer), as 0001. Numbered 0100 so it sorts after the sign-in
 * and audit migrations written in parallel.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('outbox_id', 'text').execute();
  await db.schema
    .alterTable('documents')
    .addColumn('uploaded_by_staff_id', 'text', (c) => c.references('staff.id'))
    .execute();
  // The uploader's name and role as they were on the day: the record must stay true if either changes.
  await db.schema.alterTable('documents').addColumn('uploader_name', 'text').execute();
  await db.schema.alterTable('documents').addColumn('uploader_role', 'text').execute();
  await db.schema.alterTable('documents').addColumn('author_name', 'text').execute();
  await db.schema.alterTable('documents').addColumn('author_role', 'text').execute();
  await db.schema.createIndex('documents_outbox_id').unique().on('documents').column('outbox_id').execute();

  await db.schema
    .createTable('outbox_uploads')
    .addColumn('outbox_id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    // The device the item was sent from, for the audit of the upload.
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    /** The checked UploadMetadata as JSON, parsed again with its zod schema whenever it is read. */
    .addColumn('metadata', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('receiving', 'received', 'rejected')`))
    .addColumn('reason', 'text')
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('recipient_kind', 'text', (c) =>
      c.notNull().check(sql`recipient_kind in ('social-worker', 'duty-inbox')`),
    )
    /** The allocated worker when the notice went to them; null for a team's duty inbox. */
    .addColumn('social_worker_id', 'text', (c) => c.references('social_workers.id'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('recipient_email', 'text', (c) => c.notNull())
    /** The email exactly as sent (never the document, never its content): what a reviewer can check. */
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pending', 'sent', 'retrying')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    // One notice per document and recipient, however often the finishing step runs.
    .addUniqueConstraint('notifications_document_recipient', ['document_id', 'recipient_email'])
    .execute();

  // The worker asks "what is due?"; the app and the council ask by child and by worker.
  await db.schema
    .createIndex('notifications_due')
    .on('notifications')
    .columns(['state', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('notifications_child').on('notifications').column('child_id').execute();
  await db.schema
    .createIndex('notifications_social_worker')
    .on('notifications')
    .column('social_worker_id')
    .execute();
  await db.schema.createIndex('outbox_uploads_home').on('outbox_uploads').column('home_id').execute();
}
