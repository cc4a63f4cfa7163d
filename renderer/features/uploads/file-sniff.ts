/**
 * What a chosen file really is, judged by its first bytes (and, for a ZIP, the names inside it),
 * never by its name: a web page renamed `report.pdf` must be refused here, before it is queued,
 * rather than days later by the gateway (issue 4: PDF, DOCX, JPEG and PNG only). The gateway judges
 * the same way again on arrival (gateway/uploads/file-type.ts); the two cannot share code because
 * the renderer may not import gateway/. Pure, so the rules are unit-tested without a browser.
 */
import { ACCEPTED_UPLOAD_TYPES, type UploadMimeType } from '../../../shared/api/uploads.ts';
import type { z } from 'zod';

type Mime = z.infer<typeof UploadMimeType>;

export type SniffVerdict = { ok: true; mimeType: Mime } | { ok: false; what: string };

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const PDF = ascii('%PDF-');
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Types people often pick by mistake, so the refusal can name what they chose. */
const LOOKS_LIKE: readonly { test(head: Uint8Array, text: string): boolean; what: string }[] = [
  { test: (h) => startsWith(h, ascii('MZ')), what: 'a Windows program' },
  { test: (h) => startsWith(h, [0xd0, 0xcf, 0x11, 0xe0]), what: 'an older Office file (.doc, .xls or .ppt)' },
  { test: (_, t) => /^<(!doctype html|html|head|body)/i.test(t), what: 'a web page (HTML)' },
  { test: (_, t) => /^<(\?xml|svg)/i.test(t), what: 'an XML or SVG file' },
  { test: (_, t) => t.startsWith('{\\rtf'), what: 'a Rich Text (.rtf) file' },
  { test: (h) => startsWith(h, ascii('GIF8')), what: 'a GIF image' },
  { test: (h) => startsWith(h, ascii('ftyphei'), 4), what: 'an HEIC photo' },
  { test: (h) => startsWith(h, ascii('WEBP'), 8), what: 'a WebP image' },
  { test: (h) => startsWith(h, ZIP), what: 'a ZIP archive (or an Excel or PowerPoint file)' },
];

/** The verdict from the first bytes and, for a ZIP, the file names its central directory lists. */
export function judgeFile(head: Uint8Array, zipNames: readonly string[] | null): SniffVerdict {
  if (startsWith(head, PDF)) return { ok: true, mimeType: 'application/pdf' };
  if (startsWith(head, JPEG)) return { ok: true, mimeType: 'image/jpeg' };
  if (startsWith(head, PNG)) return { ok: true, mimeType: 'image/png' };
  if (startsWith(head, ZIP) && zipNames?.includes('word/document.xml')) {
    return { ok: true, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  }
  // Text formats may start with a byte-order mark or blank lines.
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const known = LOOKS_LIKE.find((k) => k.test(head, text));
  return { ok: false, what: known?.what ?? 'of a kind Hearth does not recognise' };
}

const LABELS = Object.values(ACCEPTED_UPLOAD_TYPES);
/** "PDF, Word document (DOCX), JPEG image or PNG image". */
export const ACCEPTED_LIST = `${LABELS.slice(0, -1).join(', ')} or ${LABELS[LABELS.length - 1] ?? ''}`;

export const refusedTypeMessage = (fileName: string, what: string): string =>
  `${fileName} is ${what}, not a ${ACCEPTED_LIST}. Only those can be uploaded: save or scan the ` +
  'document as a PDF and choose it again.';

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
/** The end-of-central-directory record: 22 bytes and a comment of at most 65,535. */
export const ZIP_TAIL_BYTES = 22 + 0xffff;

/** Where a ZIP's central directory is, from its last bytes; null when there is none (or ZIP64). */
export function centralDirectory(tail: Uint8Array): { offset: number; size: number; count: number } | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let i = tail.length - 22; i >= 0; i -= 1) {
    if (view.getUint32(i, true) !== EOCD) continue;
    const found = {
      count: view.getUint16(i + 10, true),
      size: view.getUint32(i + 12, true),
      offset: view.getUint32(i + 16, true),
    };
    return found.offset === 0xffffffff || found.size === 0xffffffff ? null : found;
  }
  return null;
}

/** The names the central directory lists; null when it is damaged (refused, never guessed at). */
export function centralDirectoryNames(directory: Uint8Array, count: number): string[] | null {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const names: string[] = [];
  let at = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > directory.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(directory.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}
