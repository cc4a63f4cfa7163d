/**
 * The children each notice tells of (001: every upload notifies the social worker; issue 7: the
 * notice is audited per child). A group notice (gateway/notify/group-notices.ts) names several of
 * a worker's children; which ones is decided when it is queued, by the allocations of that moment,
 * so it is kept here rather than worked out again when the mail server accepts it (a child may be
 * reallocated in between). One row per (notice, child); notices queued before this migration have
 * none and are audited for their own child. Portable column types only (text), as 0001.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification_children')
    .addColumn('notification_id', 'text', (c) => c.notNull().references('notifications.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addPrimaryKeyConstraint('notification_children_pk', ['notification_id', 'child_id'])
    .execute();
}
