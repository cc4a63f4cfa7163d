/**
 * Sibling groups (issue 8; guidance 004, 002 §3; DOMAIN.md "Sibling groups").
 * - `sibling_group_members`: who is in which group, from when until when (004: "Where someone is no
 *   longer a member of the group, the date their membership ended is shown"), with the member's
 *   main address and its postcode, which the group's name is made from (004 "Naming the Group").
 *   Members are child records only (a foreign key to `children`): parents are never members (004).
 *   A partial UNIQUE index makes "Children will only be a part of one Group" hold however two
 *   requests race: at most one membership per child without an end date.
 * - `group_professional_relationships`: the workers involved with the group, with all members (no
 *   child) or with one member (004 "Professional Relationships tab").
 * - `documents` and `case_notes` gain the group marker: the group an entry was recorded through, and
 *   the id shared by its copies on each selected member's record (004: "Group documents are
 *   identifiable by the icon"; the group page lists each entry once).
 * - The exactly-once index of 0100 moves from the outbox id alone to (outbox id, child): one group
 *   outbox item stores one document on each chosen member's record, and never two on any one.
 * `children.sibling_group_id` stays as the child's CURRENT group, kept in step with the membership
 * rows by gateway/groups/membership.ts, so the record and upload queries keep their simple join.
 * Portable column types only (text, integer), as 0001.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sibling_group_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('sibling_groups.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    /** Exclusive, as placements: no longer a member on this day. Null while a member. */
    .addColumn('end_date', 'text')
    .addColumn('main_address', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('sibling_group_members_dates', sql`end_date is null or end_date > start_date`)
    .execute();
  // 004: "Children will only be a part of one Group" (at a time: ended memberships stay as history).
  await db.schema
    .createIndex('sibling_group_members_one_current')
    .unique()
    .on('sibling_group_members')
    .column('child_id')
    .where(sql.ref('end_date'), 'is', null)
    .execute();
  await db.schema
    .createIndex('sibling_group_members_group')
    .on('sibling_group_members')
    .column('group_id')
    .execute();

  // Existing groups (0001 kept only the current group on the child): their members from the day
  // they were placed, the address to be recorded.
  await sql`
    insert into sibling_group_members (id, group_id, child_id, start_date, end_date, main_address, postcode, created_at)
    select 'member-' || id, sibling_group_id, id, placement_start, null, 'Not recorded', '', created_at
    from children where sibling_group_id is not null`.execute(db);

  await db.schema
    .createTable('group_professional_relationships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('sibling_groups.id'))
    /** Null: the relationship is with every member (004: "with all or individual members"). */
    .addColumn('child_id', 'text', (c) => c.references('children.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    /** e.g. `GP`, `Independent Reviewing Officer`, `School designated teacher`. */
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('group_professional_relationships_group')
    .on('group_professional_relationships')
    .column('group_id')
    .execute();

  for (const table of ['documents', 'case_notes']) {
    await db.schema
      .alterTable(table)
      .addColumn('sibling_group_id', 'text', (c) => c.references('sibling_groups.id'))
      .execute();
    await db.schema.alterTable(table).addColumn('group_entry_id', 'text').execute();
    await db.schema.createIndex(`${table}_group_entry`).on(table).column('group_entry_id').execute();
  }

  await db.schema.dropIndex('documents_outbox_id').execute();
  await db.schema
    .createIndex('documents_outbox_child')
    .unique()
    .on('documents')
    .columns(['outbox_id', 'child_id'])
    .execute();
}
