/**
 * A change to a setting of this computer, as an audit event's detail (issue 7; DOMAIN.md "Audit":
 * managers can see who changed how Hearth behaves, and when): what changed, old → new. Settings
 * hold no child data, so the detail never names a child. Pure, so the unit test proves the words
 * and that saving the same value records nothing.
 */
import type { HearthBridge } from '../../shared/bridge/contract.ts';
import type { ChooseFolderError, SharedDriveStatus } from '../../shared/bridge/schemas.ts';
import type { Result } from '../../shared/result.ts';

export type ComputerSetting = 'auto-lock minutes' | 'shared-drive folder';

/** The detail to record, or null when nothing changed (saving the same value is not a change). */
export function settingChange(setting: ComputerSetting, from: string, to: string): string | null {
  return from === to ? null : `${setting}: ${from} → ${to}`;
}

export type FolderHost = Pick<HearthBridge, 'sharedDriveStatus' | 'chooseSharedDriveFolder'>;

const folderOf = (status: SharedDriveStatus | null): string =>
  status?.configured && status.folder !== undefined ? status.folder : 'not set';

/**
 * Shows the folder dialog (through the host) and, when a different folder was chosen, records the
 * change with `record` (the device audit log in the app; a list in the test).
 */
export async function chooseSharedDriveFolder(
  host: FolderHost,
  record: (detail: string) => Promise<void>,
): Promise<Result<SharedDriveStatus, ChooseFolderError>> {
  const before = await host.sharedDriveStatus().catch(() => null);
  const chosen = await host.chooseSharedDriveFolder();
  if (chosen.ok) {
    const detail = settingChange('shared-drive folder', folderOf(before), folderOf(chosen.value));
    if (detail !== null) await record(detail);
  }
  return chosen;
}
