/**
 * Whether a file that is a PDF, JPEG or PNG by its first bytes is also whole: a scan that stopped
 * copying half-way, or a download cut short, starts right but has no end. Such a file would reach
 * the child's record and open as nothing, so it is refused before it is queued (issue 5 "an empty
 * or corrupt file refused before it is queued"). Only the last bytes are looked at, never the whole
 * file. A DOCX's wholeness is its ZIP directory, which file-check.ts reads already.
 */
import type { UploadMimeType } from '../../../shared/api/uploads.ts';
import type { z } from 'zod';

/** How many last bytes are read: a PDF's `%%EOF` must be within its last 1024 (ISO 32000 §7.5.5). */
export const TAIL_BYTES = 1024;

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = bytes.length - needle.length; i >= 0; i--) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const PDF_END = ascii('%%EOF');
// JPEG's end-of-image marker. Some cameras and copiers add bytes after it, so it is looked for in
// the tail rather than required as the very last two bytes.
const JPEG_END = [0xff, 0xd9];
// PNG's last chunk is IEND (its type, then a 4-byte CRC): always within the last 12 bytes of a whole PNG.
const PNG_END = ascii('IEND');

/** Null when the file looks whole; otherwise what is wrong, in words for staff. */
export function missingEnd(mimeType: z.infer<typeof UploadMimeType>, tail: Uint8Array): string | null {
  switch (mimeType) {
    case 'application/pdf':
      return contains(tail, PDF_END) ? null : 'the PDF has no end';
    case 'image/jpeg':
      return contains(tail, JPEG_END) ? null : 'the picture stops part way';
    case 'image/png':
      return contains(tail.subarray(Math.max(0, tail.length - 32)), PNG_END)
        ? null
        : 'the picture stops part way';
    default:
      return null;
  }
}

export const damagedMessage = (fileName: string, what: string): string =>
  `${fileName} seems to be damaged or incomplete (${what}): it may not have finished copying or scanning. ` +
  'Open it on this computer to check it, then save or scan it again and choose it again.';
