/**
 * A child's documents as home staff see them: never a confidential one (002 §4.3). The SQL filter
 * mirrors `isDocumentVisibleToHomeStaff` in shared/domain/access.ts (not flagged confidential, and a
 * type on the allow-list of non-confidential catalogue types); the rule is applied again to the
 * result, and documents.test.ts checks the SQL alone agrees with the rule over every seeded row.
 */
import type { Kysely } from 'kysely';
import type { DocumentListItem } from '../../shared/api/records.ts';
import { VISIBLE_DOCUMENT_TYPE_IDS, isDocumentVisibleToHomeStaff } from '../../shared/domain/access.ts';
import { DocumentTypeId, documentType } from '../../shared/domain/catalogue.ts';
import type { Database } from '../db/schema.ts';

/** The rows the SQL filter lets through, newest first (exported so a test can check the SQL alone). */
export function visibleDocumentRows(db: Kysely<Database>, childId: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'type', 'title', 'completed_on', 'confidential', 'mime_type', 'file_size', 'recorded_at'])
    .where('child_id', '=', childId)
    .where('confidential', '=', 0)
    .where('type', 'in', VISIBLE_DOCUMENT_TYPE_IDS)
    .orderBy('completed_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function documentsForHomeStaff(
  db: Kysely<Database>,
  childId: string,
): Promise<DocumentListItem[]> {
  const rows = await visibleDocumentRows(db, childId);
  return rows.flatMap((row) => {
    const type = DocumentTypeId.safeParse(row.type);
    if (
      !type.success ||
      !isDocumentVisibleToHomeStaff({ type: row.type, confidential: row.confidential === 1 })
    )
      return [];
    return [
      {
        id: row.id,
        type: type.data,
        typeLabel: documentType(type.data).label,
        title: row.title,
        completedOn: row.completed_on,
        mimeType: row.mime_type,
        size: row.file_size,
        recordedAt: row.recorded_at,
      },
    ];
  });
}
