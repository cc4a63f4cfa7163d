/**
 * What a received file really is, judged by its bytes, never by its name or the type the device
 * declared: a renamed program or web page must not reach a child's record. Accepted (shared/api/uploads.ts
 * ACCEPTED_UPLOAD_TYPES): PDF (`%PDF-`), JPEG (FF D8 FF), PNG (the 8-byte PNG signature) and DOCX
 * (a ZIP whose central directory lists `word/document.xml`). Anything else is refused with words
 * that say what the file seems to be and what to do.
 */
import { open } from 'node:fs/promises';
import { ACCEPTED_UPLOAD_TYPES, type UploadMimeType } from '../../shared/api/uploads.ts';
import type { z } from 'zod';

type Mime = z.infer<typeof UploadMimeType>;

export type FileTypeVerdict = { ok: true; mimeType: Mime } | { ok: false; reason: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Known types that are refused, so the reason can name what the person actually chose. */
const LOOKS_LIKE: readonly { test: (head: Uint8Array, text: string) => boolean; what: string }[] = [
  { test: (h) => startsWith(h, ascii('MZ')), what: 'a Windows program (.exe or .dll)' },
  { test: (h) => startsWith(h, [0x7f, 0x45, 0x4c, 0x46]), what: 'a program' },
  { test: (h) => startsWith(h, OLE), what: 'an older Office file (.doc, .xls or .ppt)' },
  { test: (_, t) => /^<(!doctype html|html|head|body|script)/i.test(t), what: 'a web page (HTML)' },
  { test: (_, t) => /^<(\?xml|svg)/i.test(t), what: 'an XML or SVG file' },
  { test: (_, t) => t.startsWith('{\\rtf'), what: 'a Rich Text (.rtf) file' },
  { test: (h) => startsWith(h, ascii('GIF8')), what: 'a GIF image' },
  { test: (h) => startsWith(h, ascii('ftypheic'), 4), what: 'an HEIC photo' },
  { test: (h) => startsWith(h, ascii('WEBP'), 8), what: 'a WebP image' },
  { test: (h) => startsWith(h, ZIP), what: 'a ZIP archive (or an Excel or PowerPoint file)' },
];

const ACCEPTED_LIST = (() => {
  const labels = Object.values(ACCEPTED_UPLOAD_TYPES);
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1] ?? ''}`;
})();

export function refusalReason(what: string): string {
  return (
    `This file is ${what}, not a ${ACCEPTED_LIST}. Only those can be uploaded to a child's record: ` +
    'save or scan the document as a PDF and queue it again.'
  );
}

/** The verdict from the first bytes and, for a ZIP, the names in its central directory. */
export function judgeFileType(head: Uint8Array, zipEntries: readonly string[] | null): FileTypeVerdict {
  if (startsWith(head, PDF)) return { ok: true, mimeType: 'application/pdf' };
  if (startsWith(head, JPEG)) return { ok: true, mimeType: 'image/jpeg' };
  if (startsWith(head, PNG)) return { ok: true, mimeType: 'image/png' };
  if (startsWith(head, ZIP) && zipEntries?.includes('word/document.xml')) {
    return { ok: true, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  }
  // Text-based formats may start with a byte-order mark or blank lines.
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const known = LOOKS_LIKE.find((k) => k.test(head, text));
  return { ok: false, reason: refusalReason(known?.what ?? 'of a kind Hearth does not recognise') };
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

export interface CentralDirectory {
  count: number;
  offset: number;
  size: number;
}

/** Where a ZIP's central directory is, from the end of the file; null when there is none (or ZIP64). */
export function findCentralDirectory(tail: Uint8Array): CentralDirectory | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== EOCD) continue;
    const directory = {
      count: view.getUint16(i + 10, true),
      size: view.getUint32(i + 12, true),
      offset: view.getUint32(i + 16, true),
    };
    // ZIP64 markers: a DOCX under 50 MB never needs them, and guessing would be worse than refusing.
    return directory.offset === 0xffffffff || directory.size === 0xffffffff ? null : directory;
  }
  return null;
}

/** The file names the central directory lists, or null when it is damaged: refused, not guessed at. */
export function centralDirectoryNames(directory: Uint8Array, count: number): string[] | null {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const names: string[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(new TextDecoder().decode(directory.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Reads only what it needs (the head, and a ZIP's directory), so a 50 MB file is never loaded whole. */
export async function detectFileType(file: string): Promise<FileTypeVerdict> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const read = async (offset: number, length: number) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    };
    const head = await read(0, 512);
    if (!startsWith(head, ZIP)) return judgeFileType(head, null);
    const tailStart = Math.max(0, size - EOCD_SEARCH);
    const where = findCentralDirectory(await read(tailStart, size - tailStart));
    const names = where && centralDirectoryNames(await read(where.offset, where.size), where.count);
    return judgeFileType(head, names);
  } finally {
    await handle.close();
  }
}
