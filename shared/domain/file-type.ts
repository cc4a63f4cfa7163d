/**
 * What a file really is, judged by its bytes, never by its name or declared type: a renamed program
 * or web page must not reach a child's record. The app judges a chosen file before queueing it and
 * the gateway judges it again on arrival, with this one set of rules. Accepted
 * (ACCEPTED_UPLOAD_TYPES): PDF (`%PDF-`), JPEG (FF D8 FF), PNG (its 8-byte signature) and DOCX (a
 * ZIP whose central directory lists `word/document.xml`). Anything else is refused, naming what the
 * file seems to be. Pure: callers read the head (and a ZIP's directory) their own way.
 */
import { ACCEPTED_UPLOAD_TYPES, type UploadMimeType } from '../api/uploads.ts';
import type { z } from 'zod';

type Mime = z.infer<typeof UploadMimeType>;

export type FileTypeVerdict = { ok: true; mimeType: Mime } | { ok: false; what: string };

/** How many first bytes the rules look at. */
export const HEAD_BYTES = 512;

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

export const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const PDF = ascii('%PDF-');
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Known types that are refused, so the reason can name what the person actually chose. */
const LOOKS_LIKE: readonly { test: (head: Uint8Array, text: string) => boolean; what: string }[] = [
  { test: (h) => startsWith(h, ascii('MZ')), what: 'a Windows program (.exe or .dll)' },
  { test: (h) => startsWith(h, [0x7f, 0x45, 0x4c, 0x46]), what: 'a program' },
  { test: (h) => startsWith(h, OLE), what: 'an older Office file (.doc, .xls or .ppt)' },
  { test: (_, t) => /^<(!doctype html|html|head|body|script)/i.test(t), what: 'a web page (HTML)' },
  { test: (_, t) => /^<(\?xml|svg)/i.test(t), what: 'an XML or SVG file' },
  { test: (_, t) => t.startsWith('{\\rtf'), what: 'a Rich Text (.rtf) file' },
  { test: (h) => startsWith(h, ascii('GIF8')), what: 'a GIF image' },
  { test: (h) => startsWith(h, ascii('ftyphei'), 4), what: 'an HEIC photo' },
  { test: (h) => startsWith(h, ascii('WEBP'), 8), what: 'a WebP image' },
  { test: (h) => startsWith(h, ZIP), what: 'a ZIP archive (or an Excel or PowerPoint file)' },
];

/** The first bytes as text, for the text-based formats; ASCII is all the rules look for. */
function headText(head: Uint8Array): string {
  const body = startsWith(head, UTF8_BOM) ? head.subarray(3) : head;
  return String.fromCharCode(...body.subarray(0, 64)).trimStart();
}

/** The verdict from the first bytes and, for a ZIP, the names in its central directory. */
export function judgeFileType(head: Uint8Array, zipNames: readonly string[] | null): FileTypeVerdict {
  if (startsWith(head, PDF)) return { ok: true, mimeType: 'application/pdf' };
  if (startsWith(head, JPEG)) return { ok: true, mimeType: 'image/jpeg' };
  if (startsWith(head, PNG)) return { ok: true, mimeType: 'image/png' };
  if (startsWith(head, ZIP) && zipNames?.includes('word/document.xml')) {
    return { ok: true, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  }
  const text = headText(head);
  const known = LOOKS_LIKE.find((k) => k.test(head, text));
  return { ok: false, what: known?.what ?? 'of a kind Hearth does not recognise' };
}

const LABELS = Object.values(ACCEPTED_UPLOAD_TYPES);
/** "PDF, Word document (DOCX), JPEG image or PNG image". */
export const ACCEPTED_LIST = `${LABELS.slice(0, -1).join(', ')} or ${LABELS[LABELS.length - 1] ?? ''}`;

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
export const ZIP_TAIL_BYTES = 22 + 0xffff;

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
    // Names are compared with ASCII paths ('word/document.xml'); other bytes cannot match them.
    names.push(String.fromCharCode(...directory.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}
