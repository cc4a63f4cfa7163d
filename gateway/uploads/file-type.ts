/**
 * What a received file really is, by the rules in shared/domain/file-type.ts (the app judged it
 * the same way before queueing it): the gateway reads only the head and a ZIP's directory from
 * disk, and refuses anything else with words that say what the file seems to be and what to do.
 */
import { open } from 'node:fs/promises';
import {
  ACCEPTED_LIST,
  centralDirectoryNames,
  findCentralDirectory,
  HEAD_BYTES,
  judgeFileType as judgeBytes,
  startsWith,
  ZIP,
  ZIP_TAIL_BYTES,
} from '../../shared/domain/file-type.ts';
import type { UploadMimeType } from '../../shared/api/uploads.ts';
import type { z } from 'zod';

export type FileTypeVerdict =
  { ok: true; mimeType: z.infer<typeof UploadMimeType> } | { ok: false; reason: string };

export function refusalReason(what: string): string {
  return (
    `This file is ${what}, not a ${ACCEPTED_LIST}. Only those can be uploaded to a child's record: ` +
    'save or scan the document as a PDF and queue it again.'
  );
}

/** The shared rules' verdict (shared/domain/file-type.ts), with the gateway's words for a refusal. */
export function judgeFileType(head: Uint8Array, zipEntries: readonly string[] | null): FileTypeVerdict {
  const verdict = judgeBytes(head, zipEntries);
  return verdict.ok ? verdict : { ok: false, reason: refusalReason(verdict.what) };
}

/**
 * Reads only what it needs (the head, and a ZIP's directory), so a 50 MB file is never loaded whole.
 * `head`: the file's first HEAD_BYTES (all of it if shorter) when the caller has them in memory, as
 * a sealed body's opener does: only a ZIP then needs the file read (its directory is at the end).
 */
export async function detectFileType(file: string, head?: Uint8Array): Promise<FileTypeVerdict> {
  if (head && !startsWith(head, ZIP)) return judgeFileType(head.subarray(0, HEAD_BYTES), null);
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const read = async (offset: number, length: number) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    };
    const head = await read(0, HEAD_BYTES);
    if (!startsWith(head, ZIP)) return judgeFileType(head, null);
    const tailStart = Math.max(0, size - ZIP_TAIL_BYTES);
    const where = findCentralDirectory(await read(tailStart, size - tailStart));
    const names = where && centralDirectoryNames(await read(where.offset, where.size), where.count);
    return judgeFileType(head, names);
  } finally {
    await handle.close();
  }
}
