/**
 * Migration 0200 on a gateway that already holds uploads (guidance 001 hard copies): every document
 * already received from a file gets a hard copy to mark, and one from a form written in Hearth gets
 * none, so upgrading the gateway forgets no paper copy.
 */
import { randomUUID } from 'node:crypto';
import { Migrator } from 'kysely/migration';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.ts';
import { MIGRATIONS, migrateToLatest } from '../db/migrate.ts';
import { openFileStore } from '../files/store.ts';
import { seedDemoData } from '../seed/seed.ts';
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
      await seedDemoData(db, openFileStore(temp.dir));
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
      // Seeded Mosaic documents came from the council, not the home: no hard copy entry.
      expect(rows).toHaveLength(3);
    } finally {
      await db.destroy();
    }
  });
});
