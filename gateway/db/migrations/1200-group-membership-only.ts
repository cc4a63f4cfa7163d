/**
 * Dated memberships become the ONLY record of who is in which sibling group (issue 8 audit; 004:
 * "Children will only be a part of one Group", "the group can change to reflect this").
 * `children.sibling_group_id` was a copy of the current group that the summary, the sibling list and
 * the group-upload check read, while the group page read the dated rows; ending a membership on a
 * future date cleared the copy at once, so the two disagreed until that day. Every reader now derives
 * the current group from `sibling_group_members` (gateway/groups/current.ts), so the copy is dropped:
 * nothing can read a stale one. Migration 0900 already made a membership row for every child the
 * copy named; any the copy names without a current membership row get one here first, so no
 * group is lost.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into sibling_group_members (id, group_id, child_id, start_date, end_date, main_address, postcode, created_at)
    select 'member-1200-' || c.id, c.sibling_group_id, c.id, c.placement_start, null, 'Not recorded', '', c.created_at
    from children c
    where c.sibling_group_id is not null
      and not exists (select 1 from sibling_group_members m where m.child_id = c.id and m.end_date is null)`.execute(
    db,
  );
  await db.schema.dropIndex('children_sibling_group').execute();
  await db.schema.alterTable('children').dropColumn('sibling_group_id').execute();
}
