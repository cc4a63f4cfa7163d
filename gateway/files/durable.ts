/**
 * Making a file survive a power cut before the gateway says it has it. Once the gateway answers a
 * device "received", the device deletes its copy (003), so a document whose bytes were still in the
 * operating system's cache when the power went would be lost for good (issue 4: never lost). The
 * database commits durably already (SQLite syncs its journal); these make the file and its name as
 * durable before that commit.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';

/** Flushes a written file's bytes to the disk. */
export async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes a directory's entries (a new name linked or renamed into it) to the disk. Windows cannot
 * open a directory to sync it; NTFS journals names itself, so there it is a no-op.
 */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The directories whose entries changed when `mkdir -p` made `firstMade` (its answer; undefined
 * when nothing was made) on the way to `directory` and a name was put into `directory`: deepest
 * first, up to the one that already existed (which gained the first new directory's name).
 */
export function changedDirectories(directory: string, firstMade: string | undefined): string[] {
  const changed = [directory];
  if (firstMade === undefined) return changed;
  const stop = path.dirname(firstMade);
  for (let at = directory; at !== stop && at !== path.dirname(at);) {
    at = path.dirname(at);
    changed.push(at);
  }
  return changed;
}

/** Syncs every directory `changedDirectories` names. */
export async function syncNewPath(directory: string, firstMade: string | undefined): Promise<void> {
  for (const dir of changedDirectories(directory, firstMade)) await syncDirectory(dir);
}
