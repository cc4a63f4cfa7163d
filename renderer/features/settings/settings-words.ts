/**
 * What the settings screen says about this computer, in words staff can read out to IT. Pure, so
 * the sentences are tested apart from the screen.
 */
import type { AppInfo, KeyStoreStatus, SharedDriveStatus } from '../../../shared/bridge/schemas.ts';

export const STORAGE_PERSISTENT = 'Kept until you remove it (persistent storage granted)';
export const STORAGE_MAY_BE_CLEARED =
  'The browser may clear it when space runs low — ask IT to allow Hearth to keep its data';
export const STORAGE_UNKNOWN = 'This browser cannot say';

/** navigator.storage.persist()'s answer: true granted, false refused, null when it cannot say. */
export function storageWords(granted: boolean | null): string {
  if (granted === null) return STORAGE_UNKNOWN;
  return granted ? STORAGE_PERSISTENT : STORAGE_MAY_BE_CLEARED;
}

export function keyStoreWords(status: KeyStoreStatus): string {
  if (status.available) return `Available (${status.backend})`;
  return `Not available (${status.backend}): ${status.reason ?? 'the host gave no reason'}`;
}

export function sharedDriveWords(status: SharedDriveStatus): string {
  if (status.mode === 'download') return 'Files you download are saved by the browser, for you to file';
  if (!status.configured) {
    return status.problem ?? 'Not set up — a manager sets the home’s shared-drive folder below';
  }
  const folder = status.folder ?? 'the shared-drive folder';
  return status.setBy === 'it-department'
    ? `Files you download are saved in ${folder} — set by your IT department on this computer`
    : `Files you download are saved in ${folder}, the home’s shared-drive folder`;
}

export function versionWords(info: AppInfo): string {
  const where = info.host === 'electron' ? 'desktop app' : 'in a browser';
  return `${info.version} (build ${info.build}, ${where})`;
}
