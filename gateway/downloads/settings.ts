/**
 * The home's download settings: the shared-drive folder and file-name pattern of its recording
 * policy (001 "following the home's recording policy"; issue 6 "The home sets, once, the
 * shared-drive folder and the file-name pattern") and the roles that may download (a role setting,
 * by default the three 001 gives more than read-only access). Until a manager sets them, the
 * defaults apply (and no folder). The stored JSON, pattern and folder are parsed again whenever
 * read: a row edited by hand that no longer passes the checks falls back to the defaults (or no
 * folder) rather than produce unsafe names. The folder keeps its own "set by, when": changing the
 * pattern does not make someone the author of the folder.
 */
import type { Kysely } from 'kysely';
import type { DownloadSettings } from '../../shared/api/downloads.ts';
import { type DownloadSettingsChange } from '../../shared/api/downloads.ts';
import { DEFAULT_DOWNLOAD_ROLES, DownloadRoles } from '../../shared/domain/downloads.ts';
import { DEFAULT_FILE_NAME_PATTERN, FileNamePattern } from '../../shared/domain/file-name-pattern.ts';
import { SharedDriveFolderPath } from '../../shared/domain/shared-drive-folder.ts';
import type { Database, HomeDownloadSettingsTable } from '../db/schema.ts';

export const DEFAULT_SETTINGS: DownloadSettings = {
  pattern: DEFAULT_FILE_NAME_PATTERN,
  downloadRoles: [...DEFAULT_DOWNLOAD_ROLES],
  sharedDriveFolder: null,
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
    sharedDriveFolder: folderOf(row),
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at,
  };
}

function folderOf(row: HomeDownloadSettingsTable): DownloadSettings['sharedDriveFolder'] {
  const path = SharedDriveFolderPath.safeParse(row.shared_drive_folder);
  if (!path.success || row.folder_set_by_name === null || row.folder_set_at === null) return null;
  return { path: path.data, setBy: row.folder_set_by_name, setAt: row.folder_set_at };
}

/** The folder's columns for a change: unchanged (absent, or the same path), set, or taken away. */
function folderColumns(
  before: DownloadSettings['sharedDriveFolder'],
  wanted: string | null | undefined,
  by: { staffId: string; name: string },
  now: Date,
) {
  if (wanted === undefined || wanted === (before?.path ?? null)) return {};
  if (wanted === null) {
    return {
      shared_drive_folder: null,
      folder_set_by_staff_id: null,
      folder_set_by_name: null,
      folder_set_at: null,
    };
  }
  return {
    shared_drive_folder: wanted,
    folder_set_by_staff_id: by.staffId,
    folder_set_by_name: by.name,
    folder_set_at: now.toISOString(),
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
  const before = await downloadSettings(db, homeId);
  const values = {
    pattern: change.pattern,
    download_roles: JSON.stringify(roles),
    updated_by_staff_id: by.staffId,
    updated_by_name: by.name,
    updated_at: now.toISOString(),
    ...folderColumns(before.sharedDriveFolder, change.sharedDriveFolder, by, now),
  };
  await db
    .insertInto('home_download_settings')
    .values({ home_id: homeId, ...values })
    .onConflict((oc) => oc.column('home_id').doUpdateSet(values))
    .execute();
  return downloadSettings(db, homeId);
}
