/**
 * Indexes for the managers' audit review (gateway/audit/review.ts). A home gathers 100k+ events;
 * filtering by a child or an action, newest first, would otherwise walk the home's whole
 * (home_id, occurred_at) index to find the few that match. (The person filter already has
 * (staff_id, occurred_at) from 0003.) Indexes only: the events themselves are not touched.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('audit_events_home_child_occurred')
    .on('audit_events')
    .columns(['home_id', 'child_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('audit_events_home_action_occurred')
    .on('audit_events')
    .columns(['home_id', 'action', 'occurred_at'])
    .execute();
}
