/**
 * The gateway's record of each outbox item it has heard of (table `outbox_uploads`): who sent it for
 * which child, the checked metadata, and where it stands. The outbox id is the primary key, so two
 * creates for one item can never both be recorded, whichever wins the race. A sealed item's key
 * (shared/api/sealed-upload.ts) is kept in its own column, never in the metadata JSON, and set NULL
 * as soon as the item is received or refused (a forgotten item's row goes with it).
 */
import type { Kysely } from 'kysely';
import { UploadMetadata } from '../../shared/api/uploads.ts';
import type { OutboxUploadsTable, UploadDatabase } from './tables.ts';

export type OutboxUpload = OutboxUploadsTable;

export function findOutboxUpload(db: Kysely<UploadDatabase>, outboxId: string) {
  return db.selectFrom('outbox_uploads').selectAll().where('outbox_id', '=', outboxId).executeTakeFirst();
}

/** The metadata stored at create, parsed again from `unknown`: a row is never trusted blindly. */
export const storedMetadata = (row: OutboxUpload): UploadMetadata =>
  UploadMetadata.parse(JSON.parse(row.metadata));

/** The metadata as stored: without the item key, which is kept only in `item_key` and only for a while. */
export type StoredMetadata = Omit<UploadMetadata, 'itemKey'>;

/** Takes the item key out of metadata, so whatever is stored or written with it cannot carry the key. */
export function splitItemKey(meta: UploadMetadata): { metadata: StoredMetadata; itemKey: string | null } {
  const { itemKey, ...metadata } = meta;
  return { metadata, itemKey: itemKey ?? null };
}

export interface NewUpload {
  metadata: StoredMetadata;
  /** A sealed body's key; null for a plain body. */
  itemKey: string | null;
  staffId: string;
  homeId: string;
  deviceId: string;
  size: number;
  now: Date;
}

/** Even if a caller passed metadata still holding the key, it never reaches the JSON (undefined is left out). */
const storedJson = (upload: NewUpload): string => JSON.stringify({ ...upload.metadata, itemKey: undefined });

/** Records a new item as receiving; false when a row for this outbox id already exists. */
export async function insertReceiving(db: Kysely<UploadDatabase>, upload: NewUpload): Promise<boolean> {
  const at = upload.now.toISOString();
  const result = await db
    .insertInto('outbox_uploads')
    .values({
      outbox_id: upload.metadata.outboxId,
      staff_id: upload.staffId,
      home_id: upload.homeId,
      device_id: upload.deviceId,
      child_id: upload.metadata.childId,
      metadata: storedJson(upload),
      item_key: upload.itemKey,
      size: upload.size,
      state: 'receiving',
      reason: null,
      document_id: null,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('outbox_id').doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

/**
 * Takes over an abandoned receiving row for a new create, only if nobody else changed it since it
 * was read (compare-and-set on `updated_at`): of two creates racing for it, one wins.
 */
export async function reclaimAbandoned(
  db: Kysely<UploadDatabase>,
  abandoned: OutboxUpload,
  upload: NewUpload,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox_uploads')
    .set({
      staff_id: upload.staffId,
      device_id: upload.deviceId,
      child_id: upload.metadata.childId,
      metadata: storedJson(upload),
      // A new create brings its own key (or none): the abandoned attempt's key is not kept.
      item_key: upload.itemKey,
      size: upload.size,
      updated_at: upload.now.toISOString(),
    })
    .where('outbox_id', '=', abandoned.outbox_id)
    .where('state', '=', 'receiving')
    .where('home_id', '=', upload.homeId)
    .where('updated_at', '=', abandoned.updated_at)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Refused for good (e.g. not a PDF, DOCX, JPEG or PNG): the device is told why whenever it asks.
 * The item key goes: the bytes it opens are discarded.
 */
export async function markRejected(db: Kysely<UploadDatabase>, outboxId: string, reason: string, now: Date) {
  await db
    .updateTable('outbox_uploads')
    .set({ state: 'rejected', reason, item_key: null, updated_at: now.toISOString() })
    .where('outbox_id', '=', outboxId)
    .where('state', '=', 'receiving')
    .execute();
}

/**
 * Forgets an item that is still receiving (its bytes failed the checksum, were cancelled, or were
 * lost), so the device's next create starts it again. A received or rejected item is never forgotten.
 */
export async function forgetReceiving(db: Kysely<UploadDatabase>, outboxId: string): Promise<void> {
  await db
    .deleteFrom('outbox_uploads')
    .where('outbox_id', '=', outboxId)
    .where('state', '=', 'receiving')
    .execute();
}
