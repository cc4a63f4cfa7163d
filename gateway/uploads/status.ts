/**
 * Where an outbox item stands at the gateway (shared/api/uploads.ts UploadStatus), for the device
 * to ask before creating an upload and after an answer was lost. Only the uploader's home sees an
 * item; for anyone else it is `unknown`, exactly like an id never sent. A receiving item whose bytes
 * are all in is finished here and now (finish.ts), so a gateway that stopped between the last byte
 * and the document never leaves the device believing a document exists that does not.
 */
import type { DataStore } from '@tus/server';
import type { Kysely } from 'kysely';
import type { UploadNotification, UploadStatus } from '../../shared/api/uploads.ts';
import type { Database } from '../db/schema.ts';
import type { FinishOutcome } from './finish.ts';
import { findOutboxUpload } from './outbox-rows.ts';
import { withUploadTables, type UploadDatabase } from './tables.ts';

export interface StatusDeps {
  db: Kysely<Database>;
  uploads: DataStore;
  finish(outboxId: string): Promise<FinishOutcome>;
}

/** The notice about a document, as the app shows it ("social worker notified (name)"). */
export async function noticeOf(db: Kysely<UploadDatabase>, documentId: string): Promise<UploadNotification> {
  const row = await db
    .selectFrom('notifications')
    .select(['state', 'recipient_kind', 'recipient_name', 'attempts', 'sent_at', 'last_error'])
    .where('document_id', '=', documentId)
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  return {
    state: row.state,
    recipientKind: row.recipient_kind,
    recipientName: row.recipient_name,
    attempts: row.attempts,
    sentAt: row.sent_at,
    lastError: row.last_error,
  };
}

/** A received item's status, from its document and its notice (also sent on the last PATCH's 204). */
export async function receivedStatus(
  db: Kysely<UploadDatabase>,
  outboxId: string,
  documentId: string,
): Promise<UploadStatus> {
  const document = await db
    .selectFrom('documents')
    .select(['id', 'recorded_at', 'file_sha256'])
    .where('id', '=', documentId)
    .executeTakeFirstOrThrow();
  return {
    state: 'received',
    outboxId,
    documentId: document.id,
    recordedAt: document.recorded_at,
    sha256: document.file_sha256,
    notification: await noticeOf(db, document.id),
  };
}

export async function uploadStatus(
  deps: StatusDeps,
  outboxId: string,
  homeId: string,
  uploadUrl: string,
): Promise<UploadStatus> {
  const db = withUploadTables(deps.db);
  const row = await findOutboxUpload(db, outboxId);
  const unknown: UploadStatus = { state: 'unknown', outboxId };
  if (!row || row.home_id !== homeId) return unknown;
  if (row.state === 'received' && row.document_id) return receivedStatus(db, outboxId, row.document_id);
  if (row.state === 'rejected')
    return { state: 'rejected', outboxId, reason: row.reason ?? 'This file was refused.' };

  const upload = await deps.uploads.getUpload(outboxId).catch(() => null);
  if (upload && upload.size !== undefined && upload.offset < upload.size) {
    return { state: 'receiving', outboxId, uploadUrl, offset: upload.offset, length: upload.size };
  }
  // All bytes in (or the upload gone): finishing decides, and is a no-op if it already ran.
  const outcome = await deps.finish(outboxId);
  switch (outcome.kind) {
    case 'received':
      return receivedStatus(db, outboxId, outcome.documentId);
    case 'rejected':
      return { state: 'rejected', outboxId, reason: outcome.reason };
    case 'incomplete':
      return { state: 'receiving', outboxId, uploadUrl, offset: outcome.offset, length: outcome.size };
    default:
      // A checksum mismatch discarded the bytes, or they were lost: send again from zero.
      return unknown;
  }
}
