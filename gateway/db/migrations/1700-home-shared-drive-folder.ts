/**
 * The home's shared-drive folder (issue 6: "The home sets, once, the shared-drive folder and the
 * file-name pattern"): kept beside the pattern in `home_download_settings`, with who set it and
 * when, so every desktop of the home saves into the same place and the Settings screen can say who
 * chose it. Until now each computer kept its own folder and anyone could change it. Nullable: no
 * folder until a manager sets one. Portable types only, as 0001; numbered 1700 to sort after the
 * migrations written in parallel.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const columns = [
    'shared_drive_folder',
    'folder_set_by_staff_id',
    'folder_set_by_name',
    'folder_set_at',
  ] as const;
  for (const column of columns) {
    // SQLite adds one column per statement.
    await db.schema
      .alterTable('home_download_settings')
      .addColumn(column, 'text', (c) => (column === 'folder_set_by_staff_id' ? c.references('staff.id') : c))
      .execute();
  }
}
