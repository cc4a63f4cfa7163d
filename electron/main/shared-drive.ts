/**
 * Saving a downloaded document into the home's shared-drive folder. The page names the file, so
 * the name is treated as hostile: it may only go *into* the configured folder (no `..`, absolute
 * paths, drive letters, or a symlink that leads out), must be a name Windows can hold (the share is
 * usually a Windows server), and may never replace a file that is already there.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { SaveFileError, SavedFile, SaveFileRequest } from '../../shared/bridge/schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

/** The request after the IPC layer parsed it (defaults filled in). */
export type SaveFileOrder = z.output<typeof SaveFileRequest>;

/** How many "name (n).pdf" to try before giving up: a folder with 1,000 copies is a problem to report. */
const MAX_COPIES = 1000;

// Names Windows reserves for devices, with or without an extension ("CON", "nul.txt", "COM1.pdf").
const RESERVED_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const RESERVED_CHARACTER = /[<>:"|?*]/;

function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}

/** Splits a '/'-separated relative path into folder names and a file name, or says why it cannot be used. */
export function checkRelativePath(
  relativePath: string,
): Result<{ folders: string[]; name: string }, 'invalid-name' | 'outside-folder'> {
  if (relativePath.startsWith('/') || relativePath.startsWith('\\') || /^[a-z]:/i.test(relativePath)) {
    return fail('outside-folder', 'The path must be inside the shared-drive folder, not an absolute path.');
  }
  if (relativePath.includes('\\')) return fail('invalid-name', "Use '/' between folder names, not '\\'.");
  const segments = relativePath.split('/');
  if (segments.includes('..'))
    return fail('outside-folder', "The path may not use '..' to leave the folder.");
  for (const segment of segments) {
    const why = nameProblem(segment);
    if (why) return fail('invalid-name', `"${segment}" cannot be used as a file or folder name: ${why}.`);
  }
  const name = segments.pop() ?? '';
  return ok({ folders: segments, name });
}

function nameProblem(segment: string): string | null {
  if (segment === '' || segment === '.') return 'it is empty';
  if (hasControlCharacter(segment)) return 'it contains a control character';
  if (RESERVED_CHARACTER.test(segment)) return 'it contains one of < > : " | ? *';
  // Windows silently drops these, so "plan.pdf." would land on "plan.pdf".
  if (/[. ]$/.test(segment)) return 'it ends with a dot or a space';
  if (RESERVED_NAME.test(segment)) return 'Windows reserves it for a device';
  if (Buffer.byteLength(segment) > 255) return 'it is too long';
  return null;
}

/** "plan.pdf", 3 → "plan (3).pdf" */
export function copyName(name: string, copy: number): string {
  if (copy === 1) return name;
  const extension = path.extname(name);
  return `${name.slice(0, name.length - extension.length)} (${copy})${extension}`;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

/** The file-system calls used here; injected only so a test can make a write fail part-way. */
export interface SharedDriveIo {
  realpath(target: string): Promise<string>;
  mkdir(target: string): Promise<unknown>;
  open(
    target: string,
    flags: 'wx',
  ): Promise<{ writeFile(data: Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  rm(target: string, options: { force: true }): Promise<void>;
}

const nodeIo: SharedDriveIo = {
  realpath: (target) => fs.realpath(target),
  mkdir: (target) => fs.mkdir(target),
  open: (target, flags) => fs.open(target, flags),
  rename: (from, to) => fs.rename(from, to),
  rm: (target, options) => fs.rm(target, options),
};

export async function saveToSharedDrive(
  folder: string | undefined,
  order: SaveFileOrder,
  io: SharedDriveIo = nodeIo,
): Promise<Result<SavedFile, SaveFileError>> {
  if (!folder)
    return fail(
      'not-configured',
      'The home has not set its shared-drive folder yet: a registered manager or assistant manager sets it in Settings.',
    );
  const checked = checkRelativePath(order.relativePath);
  if (!checked.ok) return checked;
  const { folders, name } = checked.value;

  let directory: string;
  try {
    // The configured folder may itself be a link (e.g. to a mounted share); what it points at is the boundary.
    directory = await io.realpath(folder);
  } catch (error) {
    return fail('io-error', `The shared-drive folder ${folder} cannot be reached (${errorCode(error)}).`);
  }
  const root = directory;

  for (const folderName of folders) {
    const next = path.join(directory, folderName);
    try {
      await io.mkdir(next);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST')
        return fail('io-error', `Could not create the folder "${folderName}" (${errorCode(error)}).`);
    }
    try {
      directory = await io.realpath(next);
    } catch (error) {
      return fail('io-error', `Could not open the folder "${folderName}" (${errorCode(error)}).`);
    }
    // A folder that is really a link to somewhere else on the disk or network.
    if (!isInside(root, directory)) {
      return fail(
        'outside-folder',
        `"${folderName}" leads outside the shared-drive folder, so nothing was saved.`,
      );
    }
  }

  const copies = order.ifExists === 'keep-both' ? MAX_COPIES : 1;
  for (let copy = 1; copy <= copies; copy++) {
    const candidate = copyName(name, copy);
    const target = path.join(directory, candidate);
    // Reserve the name with O_CREAT|O_EXCL ('wx'): it fails if anything is there, even a symlink,
    // so no existing file is ever replaced, and two saves at once cannot pick the same name.
    try {
      await (await io.open(target, 'wx')).close();
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      return fail('io-error', `Could not save "${candidate}" (${errorCode(error)}).`);
    }
    const written = await writeThenRename(io, directory, target, order.bytes);
    if (!written.ok) return written;
    return ok({ savedAs: path.join(folder, ...folders, candidate) });
  }
  return order.ifExists === 'fail'
    ? fail('exists', `"${name}" is already in the shared-drive folder; it has not been replaced.`)
    : fail('exists', `There are already ${MAX_COPIES} copies of "${name}" in the shared-drive folder.`);
}

/**
 * Writes the bytes to a temporary file beside the target and renames it over the empty placeholder
 * we reserved, so the document appears whole or not at all (never half-written on a slow share).
 */
async function writeThenRename(
  io: SharedDriveIo,
  directory: string,
  target: string,
  bytes: Uint8Array,
): Promise<Result<true, 'io-error'>> {
  const temporary = path.join(directory, `.hearth-${randomUUID()}.part`);
  try {
    const handle = await io.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temporary, target);
    return ok(true);
  } catch (error) {
    await io.rm(temporary, { force: true }).catch(() => undefined);
    await io.rm(target, { force: true }).catch(() => undefined); // our own empty placeholder
    return fail(
      'io-error',
      `Could not write "${path.basename(target)}" (${errorCode(error)}); nothing was saved.`,
    );
  }
}
