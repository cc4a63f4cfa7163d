/**
 * The first schema: homes, teams and social workers, staff and their training, children, sibling
 * groups, documents and case notes. Only portable column types (text, integer) and constraints, so
 * the same migration runs on PostgreSQL. Never edit a released migration: add the next one.
 */
import { sql, type Kysely } from 'kysely';

const flag = (column: string) => sql`${sql.ref(column)} in (0, 1)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('homes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('ofsted_urn', 'text', (c) => c.notNull().unique())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('duty_inbox_email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('social_workers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff_training')
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('module_id', 'integer', (c) => c.notNull().check(sql`module_id between 1 and 9`))
    .addColumn('completed_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_training_pk', ['staff_id', 'module_id'])
    .execute();

  await db.schema
    .createTable('sibling_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // 004: "you can use up to 64 characters in the group name".
    .addColumn('name', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`length(name) <= 64`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('children')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mosaic_id', 'text', (c) => c.notNull().unique())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) => c.notNull())
    .addColumn('legal_status', 'text', (c) => c.notNull())
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('placement_start', 'text', (c) => c.notNull())
    .addColumn('placement_end', 'text')
    .addColumn('social_worker_id', 'text', (c) => c.references('social_workers.id'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('restricted', 'integer', (c) => c.notNull().defaultTo(0).check(flag('restricted')))
    .addColumn('sibling_group_id', 'text', (c) => c.references('sibling_groups.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text', (c) => c.notNull())
    .addColumn('confidential', 'integer', (c) => c.notNull().check(flag('confidential')))
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('file_size', 'integer', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  // The queries staff make all start from a home or a child: index those paths.
  await db.schema.createIndex('staff_home').on('staff').column('home_id').execute();
  await db.schema.createIndex('social_workers_team').on('social_workers').column('team_id').execute();
  await db.schema.createIndex('children_home').on('children').column('home_id').execute();
  await db.schema.createIndex('children_sibling_group').on('children').column('sibling_group_id').execute();
  await db.schema
    .createIndex('documents_child_completed')
    .on('documents')
    .columns(['child_id', 'completed_on'])
    .execute();
  await db.schema
    .createIndex('case_notes_child_occurred')
    .on('case_notes')
    .columns(['child_id', 'occurred_at'])
    .execute();
}
