/**
 * Hard copies (guidance 001: a hard copy in the home of a document added to Mosaic must carry a
 * written note of when it was uploaded). One row per uploaded document, written in the same
 * transaction as the document (uploads/finish.ts): 'to-mark' for a file staff already had,
 * 'no-hard-copy' for a form written in Hearth; 'marked' once someone says the note is written, with
 * who and when, kept by name as on the day (the record must stay true if the person's name changes).
 * Documents uploaded before this migration get their row here, from their outbox item's origin.
 * Portable column types only (text), as 0001. Numbered 0200 to sort after 0100 and beside the
 * migrations written in parallel.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';

const Origin = z.object({ origin: z.enum(['file', 'hearth-form']).optional() });

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('hard_copies')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
    // The home that uploaded it: only that home's staff list or mark it.
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('to-mark', 'marked', 'no-hard-copy')`))
    .addColumn('marked_by_staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('marked_by_name', 'text')
    .addColumn('marked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('hard_copies_home_state')
    .on('hard_copies')
    .columns(['home_id', 'state'])
    .execute();

  // Uploads already on the record: a file's hard copy is still to mark (nobody was told to yet).
  const received = await sql<{ document_id: string; home_id: string; metadata: string; updated_at: string }>`
    select document_id, home_id, metadata, updated_at from outbox_uploads
    where state = 'received' and document_id is not null`.execute(db);
  for (const row of received.rows) {
    let origin: 'file' | 'hearth-form' = 'file';
    try {
      origin = Origin.parse(JSON.parse(row.metadata)).origin ?? 'file';
    } catch {
      // Unreadable metadata: treat it as a file, so a hard copy is never silently left unmarked.
    }
    await sql`insert into hard_copies (document_id, home_id, state, created_at)
      values (${row.document_id}, ${row.home_id}, ${origin === 'hearth-form' ? 'no-hard-copy' : 'to-mark'}, ${row.updated_at})`.execute(
      db,
    );
  }
}
