/**
 * Migration 0200 on a gateway that already holds uploads (guidance 001 hard copies): every document
 * already received from a file gets a hard copy to mark, and one from a form written in Hearth gets
 * none, so upgrading the gateway forgets no paper copy.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.ts';
import { MIGRATIONS, migrateToLatest } from '../db/migrate.ts';
import { tempFolder } from '../testing/temp.ts';
import { withUploadTables } from '../uploads/tables.ts';
import { withHardCopyTables } from './tables.ts';

const temp = tempFolder('hard-copies-migration');
afterAll(() => temp.remove());

async function receivedUpload(
  db: ReturnType<typeof withUploadTables>,
  origin: 'file' | 'hearth-form' | null,
) {
  const outboxId = randomUUID();
  const documentId = randomUUID();
  const at = '2026-11-20T10:00:00.000Z';
  await db
    .insertInto('documents')
    .values({
      id: documentId,
      child_id: 'child-leo-hartley',
      type: 'keyworker-monthly-report',
      title: `Leo Hartley - Keyworker monthly report - 31/10/2026 ${outboxId}`,
      completed_on: '2026-10-31',
      confidential: 0,
      file_sha256: 'a'.repeat(64),
      file_size: 10,
      mime_type: 'application/pdf',
      recorded_at: at,
      outbox_id: outboxId,
      uploaded_by_staff_id: 'staff-priya-shah',
      uploader_name: 'Priya Shah',
      uploader_role: 'Registered Manager',
      author_name: null,
      author_role: null,
    })
    .execute();
  await db
    .insertInto('outbox_uploads')
    .values({
      outbox_id: outboxId,
      staff_id: 'staff-priya-shah',
      home_id: 'home-larchfield',
      device_id: randomUUID(),
      child_id: 'child-leo-hartley',
      metadata: JSON.stringify(origin === null ? {} : { origin }),
      size: 10,
      state: 'received',
      reason: null,
      document_id: documentId,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return documentId;
}

describe('migration 0200-hard-copies', () => {
  it('001: documents already received get their hard-copy entry: files to mark, forms born in Hearth none', async () => {
    const db = openDatabase(temp.dir);
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
      const before = await migrator.migrateTo('0100-uploads');
      expect(before.error).toBeUndefined();
      // The rows an upload refers to, as the schema stood then (the demo seed writes today's schema).
      const at = '2026-11-01T00:00:00.000Z';
      await sql`insert into homes (id, name, ofsted_urn, address, postcode, created_at)
        values ('home-larchfield', 'Larchfield House', 'SC900101', '1 Example Road', 'BN13 2PQ', ${at})`.execute(
        db,
      );
      await sql`insert into teams (id, name, duty_inbox_email, created_at)
        values ('team-1', 'Team', 'duty@council.example', ${at})`.execute(db);
      await sql`insert into staff (id, home_id, role, username, display_name, password_hash, created_at)
        values ('staff-priya-shah', 'home-larchfield', 'registered-manager', 'priya.shah', 'Priya Shah', 'x', ${at})`.execute(
        db,
      );
      await sql`insert into children (id, mosaic_id, first_name, last_name, date_of_birth, legal_status, home_id,
          placement_start, team_id, created_at)
        values ('child-leo-hartley', '4021876', 'Leo', 'Hartley', '2012-01-01', 'S20', 'home-larchfield',
          '2026-01-01', 'team-1', ${at})`.execute(db);
      // A document the council filed in Mosaic: not the home's, so no hard copy to mark.
      await sql`insert into documents (id, child_id, type, title, completed_on, confidential, file_sha256,
          file_size, mime_type, recorded_at)
        values ('doc-council', 'child-leo-hartley', 'cla-care-plan', 'Leo Hartley - Care Plan - 01/10/2026', '2026-10-01',
          0, ${'b'.repeat(64)}, 10, 'application/pdf', ${at})`.execute(db);
      const uploads = withUploadTables(db);
      const file = await receivedUpload(uploads, 'file');
      const older = await receivedUpload(uploads, null);
      const form = await receivedUpload(uploads, 'hearth-form');

      expect(await migrateToLatest(db)).toContain('0200-hard-copies');
      const rows = await withHardCopyTables(db)
        .selectFrom('hard_copies')
        .select(['document_id', 'state', 'home_id'])
        .execute();
      const stateOf = (id: string) => rows.find((r) => r.document_id === id)?.state;
      expect([stateOf(file), stateOf(older), stateOf(form)]).toEqual(['to-mark', 'to-mark', 'no-hard-copy']);
      expect(new Set(rows.map((r) => r.home_id))).toEqual(new Set(['home-larchfield']));
      // The council's own document has no hard-copy entry.
      expect(rows).toHaveLength(3);
    } finally {
      await db.destroy();
    }
  });
});
