/**
 * The notification lists the API serves (shared/api/notifications.ts): per child for home staff,
 * per social worker for the council. Both read only the notice's facts (who, what, when, which
 * child), never the document; the attribution is rebuilt from the uploader and author stored on the
 * document, with the words of guidance 000.
 */
import type { Kysely } from 'kysely';
import type { ChildNotification, WorkerNotification } from '../../shared/api/notifications.ts';
import { DocumentTypeId, documentType } from '../../shared/domain/catalogue.ts';
import type { UploadDatabase } from '../uploads/tables.ts';
import { attribution } from './message.ts';

const base = (db: Kysely<UploadDatabase>) =>
  db
    .selectFrom('notifications')
    .innerJoin('documents', 'documents.id', 'notifications.document_id')
    .select([
      'notifications.id',
      'notifications.state',
      'notifications.attempts',
      'notifications.sent_at',
      'notifications.last_error',
      'notifications.created_at',
      'notifications.recipient_kind',
      'notifications.recipient_name',
      'documents.id as document_id',
      'documents.type',
      'documents.title',
      'documents.completed_on',
      'documents.recorded_at',
      'documents.uploader_name',
      'documents.uploader_role',
      'documents.author_name',
      'documents.author_role',
    ])
    .orderBy('notifications.created_at', 'desc')
    .orderBy('notifications.id');

type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function attributionOf(row: Row): string {
  const uploader = { name: row.uploader_name ?? 'unknown', role: row.uploader_role ?? 'unknown role' };
  const author =
    row.author_name !== null && row.author_role !== null
      ? { name: row.author_name, role: row.author_role }
      : null;
  return attribution(uploader, author);
}

/** A type outside the catalogue cannot be described: such rows are left out rather than guessed. */
const typeOf = (row: Row) => {
  const parsed = DocumentTypeId.safeParse(row.type);
  return parsed.success ? { id: parsed.data, label: documentType(parsed.data).label } : null;
};

export async function childNotifications(
  db: Kysely<UploadDatabase>,
  childId: string,
): Promise<ChildNotification[]> {
  const rows = await base(db).where('notifications.child_id', '=', childId).execute();
  return rows.flatMap((row) => {
    const type = typeOf(row);
    if (!type) return [];
    return [
      {
        id: row.id,
        documentId: row.document_id,
        documentType: type.id,
        documentTypeLabel: type.label,
        documentTitle: row.title,
        recordedAt: row.recorded_at,
        attribution: attributionOf(row),
        recipientKind: row.recipient_kind,
        recipientName: row.recipient_name,
        state: row.state,
        attempts: row.attempts,
        sentAt: row.sent_at,
        lastError: row.last_error,
      },
    ];
  });
}

export async function workerNotifications(
  db: Kysely<UploadDatabase>,
  workerId: string,
  since: string | undefined,
): Promise<WorkerNotification[]> {
  let query = base(db)
    .innerJoin('children', 'children.id', 'notifications.child_id')
    .leftJoin('staff', 'staff.id', 'documents.uploaded_by_staff_id')
    .leftJoin('homes', 'homes.id', 'staff.home_id')
    .select(['children.id as child_id', 'children.first_name', 'children.last_name', 'children.mosaic_id'])
    .select('homes.name as home_name')
    .where('notifications.social_worker_id', '=', workerId);
  if (since !== undefined) query = query.where('notifications.created_at', '>', since);
  const rows = await query.execute();
  return rows.flatMap((row) => {
    const type = typeOf(row);
    if (!type) return [];
    return [
      {
        id: row.id,
        createdAt: row.created_at,
        state: row.state,
        sentAt: row.sent_at,
        child: {
          id: row.child_id,
          firstName: row.first_name,
          lastName: row.last_name,
          mosaicId: row.mosaic_id,
        },
        document: {
          id: row.document_id,
          type: type.id,
          typeLabel: type.label,
          title: row.title,
          completedOn: row.completed_on,
          recordedAt: row.recorded_at,
        },
        attribution: attributionOf(row),
        home: { name: row.home_name ?? 'unknown home' },
      },
    ];
  });
}
