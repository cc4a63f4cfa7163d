/**
 * "Social worker notified" in the audit (001: every upload notifies the social worker, and every
 * upload is logged): once the mail server accepted a notice, one gateway event per child it told
 * of (`notification_children`, migration 1100: a group notice names several), against the person
 * who uploaded, in the transaction that marks it sent.
 */
import type { Transaction } from 'kysely';
import { appendGatewayEvent } from '../audit/chain.ts';
import type { UploadDatabase } from '../uploads/tables.ts';

export async function auditNoticeSent(
  trx: Transaction<UploadDatabase>,
  notificationId: string,
  now: Date,
): Promise<void> {
  const notice = await trx
    .selectFrom('notifications')
    .innerJoin('documents', 'documents.id', 'notifications.document_id')
    .innerJoin('outbox_uploads', 'outbox_uploads.outbox_id', 'documents.outbox_id')
    .select([
      'notifications.document_id',
      'notifications.child_id',
      'notifications.recipient_kind',
      'notifications.recipient_name',
      'outbox_uploads.staff_id',
      'outbox_uploads.home_id',
      'outbox_uploads.device_id',
    ])
    .where('notifications.id', '=', notificationId)
    .executeTakeFirst();
  if (!notice) return; // not about an upload (none are today): nobody to attribute it to
  const rows = await trx
    .selectFrom('notification_children')
    .select(['child_id', 'document_id'])
    .where('notification_id', '=', notificationId)
    .execute();
  // A notice queued before migration 1100 has no rows: it told of its own child.
  const told = rows.length > 0 ? rows : [{ child_id: notice.child_id, document_id: notice.document_id }];
  const to = notice.recipient_kind === 'social-worker' ? 'social worker' : 'duty inbox';
  for (const copy of told) {
    await appendGatewayEvent(
      trx,
      {
        staffId: notice.staff_id,
        homeId: notice.home_id,
        deviceId: notice.device_id,
        action: 'upload-notified',
        childId: copy.child_id,
        detail: `${copy.document_id} to the ${to} ${notice.recipient_name}`,
      },
      now,
    );
  }
}
