/**
 * Access requests for restricted records (issue 7; 002 §6.2; DOMAIN.md "Restricted (shielded) records").
 * - `access_requests`: who asked, for which child, why, when, from which device; the council's
 *   decision, by whom, when, with its note; and for a grant, when it ends. A partial UNIQUE index
 *   keeps one open (pending) request per person and child however two submissions race.
 * - `notifications` learns to carry an access request's notice as well as an upload's: the same
 *   persisted, retried queue (gateway/notify) tells the allocated social worker. `document_id`
 *   becomes nullable and `access_request_id` is added, with a CHECK that a notice is about exactly
 *   one of the two. SQLite cannot drop NOT NULL, so the table is rebuilt with its rows and indexes,
 *   the SQLite way (foreign keys off, one transaction, then `foreign_key_check`), which also holds
 *   where a later migration's table (1100 `notification_children`) already refers to it.
 * Portable column types only (text, integer), as 0001.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Kysely runs SQLite migrations outside a transaction, so the pragma takes effect here.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await createAccessRequests(trx);
      await rebuildNotifications(trx);
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error(`foreign keys broken: ${JSON.stringify(broken.rows)}`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function createAccessRequests(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) =>
      c.notNull().check(sql`decision in ('pending', 'granted', 'refused')`),
    )
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('note', 'text')
    .addColumn('expires_at', 'text')
    .addCheckConstraint(
      'access_requests_decided',
      sql`(decision = 'pending' and decided_at is null) or (decision != 'pending' and decided_at is not null and decided_by is not null)`,
    )
    .addCheckConstraint('access_requests_grant_ends', sql`(decision = 'granted') = (expires_at is not null)`)
    .execute();
  // One open request per person and child (a second submission returns the first).
  await db.schema
    .createIndex('access_requests_one_pending')
    .unique()
    .on('access_requests')
    .columns(['staff_id', 'child_id'])
    .where(sql.ref('decision'), '=', 'pending')
    .execute();
  await db.schema
    .createIndex('access_requests_staff_child')
    .on('access_requests')
    .columns(['staff_id', 'child_id', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('access_requests_decision')
    .on('access_requests')
    .columns(['decision', 'requested_at'])
    .execute();
}

async function rebuildNotifications(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications_1000')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('access_request_id', 'text', (c) => c.references('access_requests.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('recipient_kind', 'text', (c) =>
      c.notNull().check(sql`recipient_kind in ('social-worker', 'duty-inbox')`),
    )
    .addColumn('social_worker_id', 'text', (c) => c.references('social_workers.id'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('recipient_email', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pending', 'sent', 'retrying')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('notifications_document_recipient', ['document_id', 'recipient_email'])
    .addUniqueConstraint('notifications_access_request_recipient', ['access_request_id', 'recipient_email'])
    .addCheckConstraint('notifications_about_one', sql`(document_id is null) != (access_request_id is null)`)
    .execute();
  await sql`
    insert into notifications_1000 (id, document_id, access_request_id, child_id, recipient_kind,
      social_worker_id, team_id, recipient_name, recipient_email, subject, body, state, attempts,
      next_attempt_at, last_error, sent_at, created_at)
    select id, document_id, null, child_id, recipient_kind, social_worker_id, team_id, recipient_name,
      recipient_email, subject, body, state, attempts, next_attempt_at, last_error, sent_at, created_at
    from notifications`.execute(db);
  await db.schema.dropTable('notifications').execute();
  await sql`alter table notifications_1000 rename to notifications`.execute(db);
  // The indexes of 0100, again (they went with the old table).
  await db.schema
    .createIndex('notifications_due')
    .on('notifications')
    .columns(['state', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('notifications_child').on('notifications').column('child_id').execute();
  await db.schema
    .createIndex('notifications_social_worker')
    .on('notifications')
    .column('social_worker_id')
    .execute();
}
