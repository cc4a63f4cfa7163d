/**
 * One document of a child as home staff may reach it for viewing or downloading: on that child's
 * record and not confidential (002 §4.3, the same rule as the documents list). A confidential or
 * unknown document, or one on another child's record, is simply not found.
 */
import type { Kysely } from 'kysely';
import { VISIBLE_DOCUMENT_TYPE_IDS, isDocumentVisibleToHomeStaff } from '../../shared/domain/access.ts';
import { DocumentTypeId, documentType } from '../../shared/domain/catalogue.ts';
import type { Database } from '../db/schema.ts';

export interface ReachableDocument {
  id: string;
  type: DocumentTypeId;
  typeLabel: string;
  title: string;
  completedOn: string;
  confidential: boolean;
  sha256: string;
  mimeType: string;
}

export async function reachableDocument(
  db: Kysely<Database>,
  childId: string,
  documentId: string,
): Promise<ReachableDocument | undefined> {
  const row = await db
    .selectFrom('documents')
    .select(['id', 'type', 'title', 'completed_on', 'confidential', 'file_sha256', 'mime_type'])
    .where('id', '=', documentId)
    .where('child_id', '=', childId)
    .where('confidential', '=', 0)
    .where('type', 'in', VISIBLE_DOCUMENT_TYPE_IDS)
    .executeTakeFirst();
  if (!row) return undefined;
  const type = DocumentTypeId.safeParse(row.type);
  if (
    !type.success ||
    !isDocumentVisibleToHomeStaff({ type: row.type, confidential: row.confidential === 1 })
  )
    return undefined;
  return {
    id: row.id,
    type: type.data,
    typeLabel: documentType(type.data).label,
    title: row.title,
    completedOn: row.completed_on,
    confidential: row.confidential === 1,
    sha256: row.file_sha256,
    mimeType: row.mime_type,
  };
}
