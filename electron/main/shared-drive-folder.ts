/**
 * Which folder the main process saves downloads into (issue 6: "The home sets, once, the
 * shared-drive folder and the file-name pattern"). The home's managers set the folder on the
 * gateway; the page hands it over after each read of the download settings. IT's folder for this
 * computer (HEARTH_SHARED_DRIVE, or sharedDriveFolder in hearth.config.json) wins over the home's:
 * a computer whose drive letters differ, or a test machine, must be able to point elsewhere.
 *
 * The page names a path here, so the main process does not take its word: the payload was parsed
 * with the shared rule in ipc.ts (a full Windows or POSIX path, no control characters, no `..`),
 * and here it must also be a full path on THIS computer (a `S:\` folder is not one on Linux), or it
 * is not used and the status says why. Whatever the folder, shared-drive.ts still never writes
 * outside it and never replaces a file. Nothing is written to the configuration file: staff can no
 * longer change where this computer saves; only the home's managers (for the home) or IT can.
 */
import path from 'node:path';
import type { SaveFileError, SavedFile, SharedDriveStatus } from '../../shared/bridge/schemas.ts';
import { fail, type Result } from '../../shared/result.ts';
import { saveToSharedDrive, type SaveFileOrder, type SharedDriveIo } from './shared-drive.ts';

export interface SharedDriveFolders {
  /** The folder to save into now, if any. */
  current(): string | undefined;
  status(): SharedDriveStatus;
  /** The home's folder from the download settings (null: the home has none). */
  setHomeFolder(folder: string | null): SharedDriveStatus;
  /** Saves into the folder now in use; refused with the status's reason when there is none. */
  save(order: SaveFileOrder, io?: SharedDriveIo): Promise<Result<SavedFile, SaveFileError>>;
}

export function createSharedDriveFolders(
  itFolder: string | undefined,
  isAbsolute: (target: string) => boolean = path.isAbsolute,
): SharedDriveFolders {
  let home: { folder: string; usable: boolean } | null = null;

  const current = () => itFolder ?? (home?.usable ? home.folder : undefined);

  function status(): SharedDriveStatus {
    if (itFolder) return { configured: true, folder: itFolder, mode: 'folder', setBy: 'it-department' };
    if (home?.usable) return { configured: true, folder: home.folder, mode: 'folder', setBy: 'home' };
    if (home) {
      return {
        configured: false,
        mode: 'folder',
        problem: `The home’s shared-drive folder “${home.folder}” is not a full folder path on this computer. Ask IT to set a folder for this computer.`,
      };
    }
    return { configured: false, mode: 'folder' };
  }

  return {
    current,
    status,
    setHomeFolder(folder) {
      home = folder === null ? null : { folder, usable: isAbsolute(folder) };
      return status();
    },
    async save(order, io) {
      // A home folder this computer cannot use is said as such, not as "not set yet".
      const problem = status().problem;
      if (problem) return fail('not-configured', problem);
      return saveToSharedDrive(current(), order, io);
    },
  };
}
