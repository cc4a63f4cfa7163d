/**
 * Checks a chosen file before it may be queued (issue 4): not empty, not over MAX_UPLOAD_BYTES,
 * and a PDF, DOCX, JPEG or PNG by its bytes. Only the head (and a ZIP's directory) is read, so a
 * 50 MB scan is never loaded whole to be judged. Each refusal names the file and says what to do.
 */
import type { UploadMimeType } from '../../../shared/api/uploads.ts';
import { fileProblem } from '../../outbox/outbox-meta.ts';
import type { z } from 'zod';
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
    const verdict = judgeFile(head, isZip ? await zipNames(file) : null);
    return verdict.ok ? verdict : { ok: false, message: refusedTypeMessage(file.name, verdict.what) };
  } catch {
    // e.g. the file was moved or deleted after it was chosen.
    return { ok: false, message: `Hearth could not read ${file.name}. Choose it again.` };
  }
}
