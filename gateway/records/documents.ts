/**
 * A child's documents as home staff see them: never a confidential one (002 §4.3). The SQL filter
 * mirrors `isDocumentVisibleToHomeStaff` in shared/domain/access.ts (not flagged confidential, and a
 * type on the allow-list of non-confidential catalogue types); the rule is applied again to the
 * result, and documents.test.ts checks the SQL alone agrees with the rule over every seeded row.
 */
import type { Kysely } from 'kysely';
import type { DocumentListItem } from '../../shared/api/records.ts';
import { VISIBLE_DOCUMENT_TYPE_IDS, isDocumentVisibleToHomeStaff } from '../../shared/domain/access.ts';
import { uploadAttribution } from '../../shared/domain/attribution.ts';
import { DocumentTypeId, documentType } from '../../shared/domain/catalogue.ts';
import type { Database } from '../db/schema.ts';
import { withUploadTables } from '../uploads/tables.ts';
import { withGroupTables } from '../groups/tables.ts';

/** The rows the SQL filter lets through, newest first (exported so a test can check the SQL alone). */
export function visibleDocumentRows(db: Kysely<Database>, childId: string) {
  return (
    withGroupTables(db)
      .selectFrom('documents')
      .leftJoin('sibling_groups', 'sibling_groups.id', 'documents.sibling_group_id')
      .select([
        'documents.id',
        'documents.type',
        'documents.title',
        'documents.completed_on',
        'documents.confidential',
        'documents.mime_type',
        'documents.file_size',
        'documents.recorded_at',
      ])
      // 004: the group marker, shown on each member's copy of a group document.
      .select(['sibling_groups.id as group_id', 'sibling_groups.name as group_name'])
      .where('documents.child_id', '=', childId)
      .where('documents.confidential', '=', 0)
      .where('documents.type', 'in', VISIBLE_DOCUMENT_TYPE_IDS)
      .orderBy('documents.completed_on', 'desc')
      .orderBy('documents.recorded_at', 'desc')
      .orderBy('documents.id')
      .execute()
  );
}

/**
 * Who uploaded each of the child's uploaded documents, and for whom (guidance 000), as the record
 * says it. Kept apart from the visibility query: it adds words to rows already let through, never rows.
 */
async function uploadAttributions(db: Kysely<Database>, childId: string): Promise<Map<string, string>> {
  const rows = await withUploadTables(db)
    .selectFrom('documents')
    .select(['id', 'uploader_name', 'uploader_role', 'author_name', 'author_role'])
    .where('child_id', '=', childId)
    .where('uploader_name', 'is not', null)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      uploadAttribution(
        { name: row.uploader_name ?? '', role: row.uploader_role },
        row.author_name === null ? null : { name: row.author_name, role: row.author_role },
      ),
    ]),
  );
}

export async function documentsForHomeStaff(
  db: Kysely<Database>,
  childId: string,
): Promise<DocumentListItem[]> {
  const rows = await visibleDocumentRows(db, childId);
  const attributions = await uploadAttributions(db, childId);
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
        attribution: attributions.get(row.id) ?? null,
        group:
          row.group_id !== null && row.group_name !== null
            ? { id: row.group_id, name: row.group_name }
            : null,
      },
    ];
  });
}
