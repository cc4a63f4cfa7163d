/**
 * Discussions with the allocated social worker, recorded before a document of a type that is not
 * one of the seven permitted downloads (001: "Other records should be discussed with the allocated
 * social worker before being downloaded"). A discussion opens the download for the person who
 * recorded it, for that child and that document only: a colleague must have their own.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RecordedDiscussion } from '../../shared/api/downloads.ts';
import type { DiscussionDetails } from '../../shared/domain/downloads.ts';
import type { Database, DownloadDiscussionsTable } from '../db/schema.ts';

export interface DiscussionKey {
  staffId: string;
  childId: string;
  documentId: string;
}

const toApi = (row: DownloadDiscussionsTable): RecordedDiscussion => ({
  id: row.id,
  documentId: row.document_id,
  consultedName: row.consulted_name,
  consultedRole: row.consulted_role,
  discussedAt: row.discussed_at,
  reason: row.reason,
  recordedAt: row.recorded_at,
});

export async function recordDiscussion(
  db: Kysely<Database>,
  key: DiscussionKey & { homeId: string; deviceId: string },
  details: DiscussionDetails,
  now: Date,
): Promise<RecordedDiscussion> {
  const row: DownloadDiscussionsTable = {
    id: randomUUID(),
    staff_id: key.staffId,
    home_id: key.homeId,
    device_id: key.deviceId,
    child_id: key.childId,
    document_id: key.documentId,
    consulted_name: details.consultedName,
    consulted_role: details.consultedRole,
    discussed_at: details.discussedAt,
    reason: details.reason,
    recorded_at: now.toISOString(),
  };
  await db.insertInto('download_discussions').values(row).execute();
  return toApi(row);
}

/** The latest discussion this person recorded about this document of this child, if any. */
export async function discussionFor(
  db: Kysely<Database>,
  key: DiscussionKey,
): Promise<RecordedDiscussion | undefined> {
  const row = await db
    .selectFrom('download_discussions')
    .selectAll()
    .where('staff_id', '=', key.staffId)
    .where('child_id', '=', key.childId)
    .where('document_id', '=', key.documentId)
    .orderBy('recorded_at', 'desc')
    .executeTakeFirst();
  return row && toApi(row);
}

export async function discussionsOf(
  db: Kysely<Database>,
  staffId: string,
  childId: string,
): Promise<RecordedDiscussion[]> {
  const rows = await db
    .selectFrom('download_discussions')
    .selectAll()
    .where('staff_id', '=', staffId)
    .where('child_id', '=', childId)
    .orderBy('recorded_at', 'desc')
    .execute();
  return rows.map(toApi);
}
