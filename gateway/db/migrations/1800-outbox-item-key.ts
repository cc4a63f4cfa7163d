/**
 * Sealed upload bodies (issue 4; bench sync.drain_vs_bare_tus; shared/api/sealed-upload.ts): a
 * device sends a queued document as the AES-GCM chunks it keeps, and gives the item's own key in
 * the create. The key is kept here, apart from the stored metadata and the tus store's `.json`, so
 * it can be set to NULL the moment the document is on the record (or refused, or forgotten).
 * Nullable: a plain body (an item queued before sealed bodies) has no key. Portable types, as 0001.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  /** 32 random bytes, base64url; NULL for a plain body and once the item is settled. */
  await db.schema.alterTable('outbox_uploads').addColumn('item_key', 'text').execute();
}
