/**
 * The footer every downloaded document carries on each page (issue 6; guidance 001: "All
 * residential records should include the child's Mosaic reference number"):
 *   Downloaded by {name} on {dd/mm/yyyy} from Mosaic. OFFICIAL-SENSITIVE
 *   Mosaic reference number: {number}
 * Written with pdf-lib as real text, so a reader (and the tests, through pdf.js) can extract it.
 * The gateway stamps before it answers a download, so no client can save an unstamped copy.
 * Images (a scan uploaded as JPEG or PNG) are first put on a page of their own; other files
 * (DOCX) cannot carry a stamp and are refused rather than saved without it.
 */
import { PDFDocument, StandardFonts, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { fail, ok, type Result } from '../result.ts';

export interface DownloadStamp {
  downloadedBy: string;
  downloadedAt: Date;
  mosaicNumber: string;
}

export type StampError = 'cannot-stamp';

export const STAMPABLE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type StampableType = (typeof STAMPABLE_TYPES)[number];
export const isStampable = (mimeType: string): mimeType is StampableType =>
  (STAMPABLE_TYPES as readonly string[]).includes(mimeType);

const ENGLAND_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** The two footer lines, exactly as they appear on each page. */
export function stampLines(stamp: DownloadStamp): [string, string] {
  const day = ENGLAND_DAY.format(stamp.downloadedAt);
  return [
    `Downloaded by ${drawable(stamp.downloadedBy)} on ${day} from Mosaic. OFFICIAL-SENSITIVE`,
    `Mosaic reference number: ${drawable(stamp.mosaicNumber)}`,
  ];
}

// Letters whose stroke is not an accent, so NFKD keeps them whole.
const STROKED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i' };

/**
 * Helvetica draws only Windows-1252: accents it lacks are dropped (Wiktorja, not W?), anything else
 * becomes "?" so the reader sees something was there rather than losing the download.
 */
export function drawable(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff)) return c;
      if (code < 0x20) return ' ';
      const plain = (STROKED[c] ?? c).normalize('NFKD').replace(/\p{M}/gu, '');
      return /^[\x20-\x7e]+$/.test(plain) ? plain : '?';
    })
    .join('');
}

const SIZE = 8;
const MARGIN = 18;

/**
 * Where a point of the page *as it is shown* lands in the page's own coordinates. Scanned pages are
 * often stored sideways with a /Rotate entry; the footer must sit at the foot of the page the
 * reader sees, reading left to right. `u` runs rightwards and `v` upwards from the shown page's
 * bottom-left corner.
 */
function shownPage(page: PDFPage) {
  const { x, y, width, height } = page.getCropBox();
  const turn = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const sideways = turn === 90 || turn === 270;
  const at = (u: number, v: number): { x: number; y: number } =>
    turn === 90
      ? { x: x + width - v, y: y + u }
      : turn === 180
        ? { x: x + width - u, y: y + height - v }
        : turn === 270
          ? { x: x + v, y: y + height - u }
          : { x: x + u, y: y + v };
  return { width: sideways ? height : width, rotate: degrees(turn), at };
}

function drawFooter(page: PDFPage, font: PDFFont, lines: readonly string[]): void {
  const shown = shownPage(page);
  const widest = Math.max(...lines.map((l) => font.widthOfTextAtSize(l, SIZE)));
  // A narrow page (a receipt-sized scan) still gets the whole footer, smaller.
  const size = Math.min(SIZE, (SIZE * (shown.width - 2 * MARGIN)) / widest);
  const height = lines.length * size * 1.4 + 6;
  // A white band keeps the footer legible over whatever the page had at its foot.
  page.drawRectangle({
    ...shown.at(0, 0),
    width: shown.width,
    height: height + 4,
    rotate: shown.rotate,
    color: rgb(1, 1, 1),
  });
  lines.forEach((line, i) => {
    page.drawText(line, {
      ...shown.at(MARGIN, 6 + (lines.length - 1 - i) * size * 1.4),
      rotate: shown.rotate,
      size,
      font,
      color: rgb(0, 0, 0),
    });
  });
}

async function stampDocument(pdf: PDFDocument, stamp: DownloadStamp): Promise<Uint8Array> {
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = stampLines(stamp);
  for (const page of pdf.getPages()) drawFooter(page, font, lines);
  return pdf.save();
}

const A4: [number, number] = [595.28, 841.89];

async function imageDocument(bytes: Uint8Array, type: 'image/jpeg' | 'image/png'): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const image = type === 'image/jpeg' ? await pdf.embedJpg(bytes) : await pdf.embedPng(bytes);
  const page = pdf.addPage(A4);
  // Fit inside the page above the footer band, keeping the scan's proportions.
  const room = { width: A4[0] - 2 * MARGIN, height: A4[1] - 2 * MARGIN - 30 };
  const scale = Math.min(room.width / image.width, room.height / image.height, 1);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: (A4[0] - w) / 2, y: A4[1] - MARGIN - h, width: w, height: h });
  return pdf;
}

/** The stamped PDF of a stored document, or why it cannot be stamped (then it is not downloaded). */
export async function stampDownload(
  bytes: Uint8Array,
  mimeType: string,
  stamp: DownloadStamp,
): Promise<Result<Uint8Array, StampError>> {
  if (!isStampable(mimeType)) {
    return fail(
      'cannot-stamp',
      'Only PDFs and scanned images can be downloaded, because each page must carry the download stamp. View this document in Hearth instead.',
    );
  }
  try {
    const pdf =
      mimeType === 'application/pdf'
        ? await PDFDocument.load(bytes, { updateMetadata: false })
        : await imageDocument(bytes, mimeType);
    return ok(await stampDocument(pdf, stamp));
  } catch (error) {
    // An encrypted or damaged file: refusing is safer than handing out a copy without the stamp.
    return fail(
      'cannot-stamp',
      `This document could not be stamped for download (${String(error).slice(0, 120)}). View it in Hearth instead.`,
    );
  }
}
