/**
 * Checks a chosen file before it may be queued (issue 4; issue 5 "Files staff already have"): not
 * empty, not over MAX_UPLOAD_BYTES, a PDF, DOCX, JPEG or PNG by its bytes, and whole (a file cut short
 * is refused: file-integrity.ts; a DOCX whose ZIP directory cannot be read is damaged). Only the head,
 * the tail (and a ZIP's directory) are read, so a 50 MB scan is never loaded whole to be judged.
 * Each refusal names the file and says what to do.
 */
import type { UploadMimeType } from '../../../shared/api/uploads.ts';
import { fileProblem } from '../../outbox/outbox-meta.ts';
import type { z } from 'zod';
import { damagedMessage, missingEnd, TAIL_BYTES } from './file-integrity.ts';
import {
  centralDirectory,
  centralDirectoryNames,
  judgeFile,
  refusedTypeMessage,
  ZIP,
  ZIP_TAIL_BYTES,
} from './file-sniff.ts';

export type FileCheck =
  { ok: true; mimeType: z.infer<typeof UploadMimeType> } | { ok: false; message: string };

const HEAD_BYTES = 512;

async function bytesOf(file: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(Math.max(0, start), Math.min(file.size, end)).arrayBuffer());
}

async function zipNames(file: Blob): Promise<string[] | null> {
  const tailStart = Math.max(0, file.size - ZIP_TAIL_BYTES);
  const where = centralDirectory(await bytesOf(file, tailStart, file.size));
  if (!where) return null;
  return centralDirectoryNames(await bytesOf(file, where.offset, where.offset + where.size), where.count);
}

export async function checkFile(file: File): Promise<FileCheck> {
  const sizeProblem = fileProblem(file);
  if (sizeProblem) return { ok: false, message: `${file.name}: ${sizeProblem}` };
  try {
    const head = await bytesOf(file, 0, HEAD_BYTES);
    const isZip = ZIP.every((b, i) => head[i] === b);
    const names = isZip ? await zipNames(file) : null;
    if (isZip && names === null) {
      return { ok: false, message: damagedMessage(file.name, 'its contents list cannot be read') };
    }
    const verdict = judgeFile(head, names);
    if (!verdict.ok) return { ok: false, message: refusedTypeMessage(file.name, verdict.what) };
    const broken = missingEnd(verdict.mimeType, await bytesOf(file, file.size - TAIL_BYTES, file.size));
    return broken ? { ok: false, message: damagedMessage(file.name, broken) } : verdict;
  } catch {
    // e.g. the file was moved or deleted after it was chosen.
    return { ok: false, message: `Hearth could not read ${file.name}. Choose it again.` };
  }
}
