/**
 * Reading and writing hard-copy rows (migration 0200; guidance 001 hard copies). Each query is
 * scoped to a home in SQL: another home's documents never come back, whatever id is asked for.
 */
import type { Kysely } from 'kysely';
import type { HardCopyStatus, HardCopyToMark } from '../../shared/api/hard-copies.ts';
import type { UploadOrigin } from '../../shared/api/uploads.ts';
import { DocumentTypeId, documentType } from '../../shared/domain/catalogue.ts';
import { hardCopyNote } from '../../shared/domain/hard-copy.ts';
import type { UploadDatabase } from '../uploads/tables.ts';
import type { HardCopyDatabase, HardCopyTables } from './tables.ts';

/**
 * Written in the document's own transaction (uploads/finish.ts), so a document on the record never
 * lacks its hard-copy entry: a file's copy is to be marked, a form born in Hearth has none.
 */
export async function recordHardCopy(
  trx: Kysely<UploadDatabase>,
  entry: { documentId: string; homeId: string; origin: UploadOrigin; now: Date },
): Promise<void> {
  await trx
    .withTables<HardCopyTables>()
    .insertInto('hard_copies')
    .values({
      document_id: entry.documentId,
      home_id: entry.homeId,
      state: entry.origin === 'hearth-form' ? 'no-hard-copy' : 'to-mark',
      marked_by_staff_id: null,
      marked_by_name: null,
      marked_at: null,
      created_at: entry.now.toISOString(),
    })
    .onConflict((oc) => oc.column('document_id').doNothing())
    .execute();
}

/**
 * The home's hard-copy rows for children placed in the home today. A child who has left no longer
 * exists for the home's staff (DOMAIN.md "People and roles"; 003: data kept no longer than needed),
 * so their documents leave the list too. The placement test mirrors records/children.ts `placedInHome`.
 */
const withDocument = (db: Kysely<HardCopyDatabase>, homeId: string, today: string) =>
  db
    .selectFrom('hard_copies')
    .innerJoin('documents', 'documents.id', 'hard_copies.document_id')
    .innerJoin('children', 'children.id', 'documents.child_id')
    .select([
      'hard_copies.document_id',
      'hard_copies.state',
      'hard_copies.marked_at',
      'hard_copies.marked_by_name',
      'documents.child_id',
      'documents.type',
      'documents.title',
      'documents.recorded_at',
      'documents.uploader_name',
      'children.first_name',
      'children.last_name',
      'children.mosaic_id',
    ])
    .where('hard_copies.home_id', '=', homeId)
    .where('children.home_id', '=', homeId)
    .where('children.placement_start', '<=', today)
    .where((eb) =>
      eb.or([eb('children.placement_end', 'is', null), eb('children.placement_end', '>', today)]),
    );

type Row = Awaited<ReturnType<ReturnType<typeof withDocument>['execute']>>[number];

const noteOf = (row: Row) =>
  hardCopyNote({ recordedAt: row.recorded_at, uploaderName: row.uploader_name ?? 'unknown' });

/** The home's hard copies still to mark, oldest first (the longest-waiting paper first). */
export async function hardCopiesToMark(
  db: Kysely<HardCopyDatabase>,
  homeId: string,
  today: string,
): Promise<HardCopyToMark[]> {
  const rows = await withDocument(db, homeId, today)
    .where('hard_copies.state', '=', 'to-mark')
    .orderBy('documents.recorded_at')
    .orderBy('hard_copies.document_id')
    .execute();
  return rows.map((row) => {
    const type = DocumentTypeId.safeParse(row.type);
    return {
      documentId: row.document_id,
      childId: row.child_id,
      childName: `${row.first_name} ${row.last_name}`,
      mosaicId: row.mosaic_id,
      title: row.title,
      typeLabel: type.success ? documentType(type.data).label : row.type,
      recordedAt: row.recorded_at,
      uploaderName: row.uploader_name ?? 'unknown',
      note: noteOf(row),
    };
  });
}

/** The hard copy's state as the API tells it, and whose record it is on; null when not the home's. */
export async function hardCopyStatus(
  db: Kysely<HardCopyDatabase>,
  homeId: string,
  today: string,
  documentId: string,
): Promise<{ status: HardCopyStatus; childId: string } | null> {
  const row = await withDocument(db, homeId, today)
    .where('hard_copies.document_id', '=', documentId)
    .executeTakeFirst();
  if (!row) return null;
  const childId = row.child_id;
  if (row.state === 'no-hard-copy') return { childId, status: { state: 'no-hard-copy', documentId } };
  if (row.state === 'marked' && row.marked_at !== null) {
    return {
      childId,
      status: {
        state: 'marked',
        documentId,
        note: noteOf(row),
        markedAt: row.marked_at,
        markedByName: row.marked_by_name ?? 'unknown',
      },
    };
  }
  return { childId, status: { state: 'to-mark', documentId, note: noteOf(row) } };
}

/**
 * Marks a hard copy; only a 'to-mark' row changes (compare-and-set), so marking twice, or two
 * people at once, leaves the first marking standing. Returns whether this call marked it.
 */
export async function markHardCopy(
  db: Kysely<HardCopyDatabase>,
  mark: { homeId: string; documentId: string; staffId: string; staffName: string; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('hard_copies')
    .set({
      state: 'marked',
      marked_by_staff_id: mark.staffId,
      marked_by_name: mark.staffName,
      marked_at: mark.now.toISOString(),
    })
    .where('document_id', '=', mark.documentId)
    .where('home_id', '=', mark.homeId)
    .where('state', '=', 'to-mark')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
