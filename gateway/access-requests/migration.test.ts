/**
 * Migration 1000 on a gateway that already holds upload notices (002 §6.2 access requests join the
 * notification queue): the notices table is rebuilt with every row kept, its foreign keys still
 * checked, and a notice must be about exactly one thing, an upload or an access request.
 */
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.ts';
import { MIGRATIONS, migrateToLatest } from '../db/migrate.ts';
import { tempFolder } from '../testing/temp.ts';
import { withUploadTables } from '../uploads/tables.ts';

const temp = tempFolder('access-requests-migration');
afterAll(() => temp.remove());

describe('migration 1000-access-requests', () => {
  it('002 §6.2: upload notices already queued survive the rebuild; a notice about nothing is refused', async () => {
    const db = openDatabase(temp.dir);
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
      expect((await migrator.migrateTo('0900-sibling-groups')).error).toBeUndefined();
      const at = '2026-11-01T00:00:00.000Z';
      await sql`insert into homes (id, name, ofsted_urn, address, postcode, created_at)
        values ('home-1', 'Larchfield House', 'SC900101', '1 Example Road', 'BN13 2PQ', ${at})`.execute(db);
      await sql`insert into teams (id, name, duty_inbox_email, created_at)
        values ('team-1', 'Team', 'duty@council.example', ${at})`.execute(db);
      await sql`insert into children (id, mosaic_id, first_name, last_name, date_of_birth, legal_status, home_id,
          placement_start, team_id, created_at)
        values ('child-1', '4021876', 'Leo', 'Hartley', '2012-01-01', 'S20', 'home-1', '2026-01-01', 'team-1', ${at})`.execute(
        db,
      );
      await sql`insert into documents (id, child_id, type, title, completed_on, confidential, file_sha256,
          file_size, mime_type, recorded_at)
        values ('doc-1', 'child-1', 'cla-care-plan', 'Leo Hartley - Care Plan - 01/10/2026', '2026-10-01',
          0, ${'b'.repeat(64)}, 10, 'application/pdf', ${at})`.execute(db);
      await sql`insert into notifications (id, document_id, child_id, recipient_kind, team_id, recipient_name,
          recipient_email, subject, body, state, attempts, next_attempt_at, created_at)
        values ('notice-1', 'doc-1', 'child-1', 'duty-inbox', 'team-1', 'Team duty inbox', 'duty@council.example',
          'New document', 'Body', 'retrying', 2, ${at}, ${at})`.execute(db);

      expect(await migrateToLatest(db)).toContain('1000-access-requests');
      const notices = await withUploadTables(db).selectFrom('notifications').selectAll().execute();
      expect(notices).toEqual([
        expect.objectContaining({
          id: 'notice-1',
          document_id: 'doc-1',
          access_request_id: null,
          attempts: 2,
        }),
      ]);
      const fk = await sql`pragma foreign_keys`.execute(db);
      expect(fk.rows).toEqual([{ foreign_keys: 1 }]);
      const aboutNothing = sql`insert into notifications (id, child_id, recipient_kind, team_id, recipient_name,
          recipient_email, subject, body, state, attempts, next_attempt_at, created_at)
        values ('notice-2', 'child-1', 'duty-inbox', 'team-1', 'x', 'x@council.example', 's', 'b', 'pending', 0, ${at}, ${at})`;
      await expect(aboutNothing.execute(db)).rejects.toThrow(/CHECK constraint failed/);
    } finally {
      await db.destroy();
    }
  });
});
