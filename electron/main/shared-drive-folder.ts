/**
 * Choosing the home's shared-drive folder from Settings (issue 6: "the home sets, once, the
 * shared-drive folder"). The page only asks; the main process shows the system's folder dialog,
 * checks the answer (an absolute path to a folder that exists) and keeps it in hearth.config.json
 * beside the other settings, so it survives a restart. When IT set the folder for this computer
 * with HEARTH_SHARED_DRIVE, that wins and the choice is refused as 'managed'. Electron's dialog and
 * the file system are passed in, so a unit test proves what is refused without Electron.
 */
import path from 'node:path';
import type { ChooseFolderError, SharedDriveStatus } from '../../shared/bridge/schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { sharedDriveStatus } from './shared-drive.ts';

export interface FolderDialogOptions {
  title: string;
  buttonLabel: string;
  defaultPath?: string;
  properties: ('openDirectory' | 'createDirectory' | 'dontAddToRecent')[];
}

export interface FolderChoiceDeps {
  showOpenDialog(options: FolderDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** True when the path is a folder that exists (following links, e.g. to a mounted share). */
  isFolder(target: string): Promise<boolean>;
  /** The configuration file's text, or null when there is none yet. */
  readConfig(): Promise<string | null>;
  /** Replaces the configuration file whole (written beside it, then renamed). */
  writeConfig(text: string): Promise<void>;
}

export interface FolderSetting {
  current: string | undefined;
  /** Set by the HEARTH_SHARED_DRIVE environment variable: IT's choice, not the home's. */
  managedByEnvironment: boolean;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function chooseSharedDriveFolder(
  setting: FolderSetting,
  deps: FolderChoiceDeps,
): Promise<Result<SharedDriveStatus, ChooseFolderError>> {
  if (setting.managedByEnvironment) {
    return fail('managed', 'IT has set the shared-drive folder for this computer; ask them to change it.');
  }
  const answer = await deps.showOpenDialog({
    title: 'Choose the home’s shared-drive folder',
    buttonLabel: 'Use this folder',
    ...(setting.current ? { defaultPath: setting.current } : {}),
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  });
  const chosen = answer.filePaths[0];
  if (answer.canceled || chosen === undefined) return fail('cancelled', 'No folder was chosen.');
  if (!path.isAbsolute(chosen) || !(await deps.isFolder(chosen))) {
    return fail('invalid-folder', `"${chosen}" is not a folder Hearth can save into.`);
  }

  let config: Record<string, unknown>;
  try {
    const text = await deps.readConfig();
    const parsed: unknown = text === null ? {} : JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return fail('io-error', 'Hearth’s configuration file is not a JSON object; nothing was changed.');
    }
    config = { ...parsed };
  } catch (error) {
    return fail('io-error', `Hearth could not read its configuration file (${errorText(error)}).`);
  }
  try {
    // Every other setting in the file is kept as it was.
    await deps.writeConfig(`${JSON.stringify({ ...config, sharedDriveFolder: chosen }, null, 2)}\n`);
  } catch (error) {
    return fail('io-error', `Hearth could not save the folder (${errorText(error)}).`);
  }
  return ok(sharedDriveStatus(chosen));
}
