/**
 * The home's download settings: the shared-drive file-name pattern of its recording policy (001
 * "following the home's recording policy") and the roles that may download (a role setting, by
 * default the three 001 gives more than read-only access). Until a manager sets them, the defaults
 * apply. The stored JSON and pattern are parsed again whenever read: a row edited by hand that no
 * longer passes the checks falls back to the defaults rather than produce unsafe names.
 */
import type { Kysely } from 'kysely';
import type { DownloadSettings } from '../../shared/api/downloads.ts';
import { type DownloadSettingsChange } from '../../shared/api/downloads.ts';
import { DEFAULT_DOWNLOAD_ROLES, DownloadRoles } from '../../shared/domain/downloads.ts';
import { DEFAULT_FILE_NAME_PATTERN, FileNamePattern } from '../../shared/domain/file-name-pattern.ts';
import type { Database } from '../db/schema.ts';

export const DEFAULT_SETTINGS: DownloadSettings = {
  pattern: DEFAULT_FILE_NAME_PATTERN,
  downloadRoles: [...DEFAULT_DOWNLOAD_ROLES],
  updatedBy: null,
  updatedAt: null,
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function downloadSettings(db: Kysely<Database>, homeId: string): Promise<DownloadSettings> {
  const row = await db
    .selectFrom('home_download_settings')
    .selectAll()
    .where('home_id', '=', homeId)
    .executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS;
  const pattern = FileNamePattern.safeParse(row.pattern);
  const roles = DownloadRoles.safeParse(parseJson(row.download_roles));
  return {
    pattern: pattern.success ? pattern.data : DEFAULT_SETTINGS.pattern,
    downloadRoles: roles.success ? roles.data : DEFAULT_SETTINGS.downloadRoles,
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at,
  };
}

export async function saveDownloadSettings(
  db: Kysely<Database>,
  homeId: string,
  by: { staffId: string; name: string },
  change: DownloadSettingsChange,
  now: Date,
): Promise<DownloadSettings> {
  const roles = DownloadRoles.parse(change.downloadRoles);
  const values = {
    pattern: change.pattern,
    download_roles: JSON.stringify(roles),
    updated_by_staff_id: by.staffId,
    updated_by_name: by.name,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('home_download_settings')
    .values({ home_id: homeId, ...values })
    .onConflict((oc) => oc.column('home_id').doUpdateSet(values))
    .execute();
  return downloadSettings(db, homeId);
}
