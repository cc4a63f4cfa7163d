/**
 * The tables migration 0100-uploads adds (and 1800's `item_key`), as Kysely types. They are joined onto the gateway's
 * Database type with `withTables` rather than written into db/schema.ts, so uploads and
 * notifications own their part of the schema in their own folder.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The columns 0100 adds to `documents` (null for documents that did not come through an upload). */
export interface DocumentUploadColumns {
  outbox_id: string | null;
  uploaded_by_staff_id: string | null;
  uploader_name: string | null;
  uploader_role: string | null;
  /** Set only when someone else wrote the document (guidance 000 "on behalf of"). */
  author_name: string | null;
  author_role: string | null;
}

export type OutboxUploadState = 'receiving' | 'received' | 'rejected';

export interface OutboxUploadsTable {
  /** The device's outbox id; also the tus upload id, so a retried create cannot make a second upload. */
  outbox_id: string;
  staff_id: string;
  home_id: string;
  device_id: string;
  child_id: string;
  metadata: string;
  size: number;
  state: OutboxUploadState;
  /** Why a file was refused, in words for the person who queued it. */
  reason: string | null;
  document_id: string | null;
  created_at: string;
  updated_at: string;
  /**
   * Migration 1800: the item's AES-256 key (base64url) when its body is sealed
   * (shared/api/sealed-upload.ts); NULL for a plain body, and set NULL once the item is settled.
   */
  item_key: string | null;
}

export type NotificationRowState = 'pending' | 'sent' | 'retrying';
export type RecipientKind = 'social-worker' | 'duty-inbox';

export interface NotificationsTable {
  id: string;
  /** The upload a notice is about; null for an access request's notice (migration 1000). */
  document_id: string | null;
  /** The access request a notice is about (gateway/access-requests); null for an upload's. */
  access_request_id: string | null;
  child_id: string;
  recipient_kind: RecipientKind;
  social_worker_id: string | null;
  team_id: string;
  recipient_name: string;
  recipient_email: string;
  subject: string;
  body: string;
  state: NotificationRowState;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

/** Migration 1100: each child a notice tells of, with that child's copy of the document. */
export interface NotificationChildrenTable {
  notification_id: string;
  child_id: string;
  document_id: string;
}

// A type alias, not an interface: Kysely's `withTables` wants an object type with an index signature.
export type UploadTables = {
  documents: DocumentUploadColumns;
  outbox_uploads: OutboxUploadsTable;
  notifications: NotificationsTable;
  notification_children: NotificationChildrenTable;
};

export type UploadDatabase = Database & UploadTables;

/** The gateway's database seen with the upload tables (the same connection, only more types). */
export const withUploadTables = (db: Kysely<Database>): Kysely<UploadDatabase> =>
  db.withTables<UploadTables>();
