/**
 * The label or slip staff stick on a hard copy (guidance 001: hard copies that have been added to
 * Mosaic "must have a written note on them detailing when it was uploaded"). One small page (a
 * 99.1 × 38.1 mm address label, the size of the common 14-to-a-sheet labels and of a slip cut from
 * A4) carrying, as real text a reader and pdf.js can extract: the note exactly as staff would write
 * it, the document's title, and the child's Mosaic reference number (001: every record and printout
 * made by the product carries it). Made with pdf-lib, so the app makes it offline too.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { mosaicLabel } from '../domain/mosaic.ts';

export interface HardCopyLabel {
  /** hardCopyNote(): "Uploaded to Mosaic on 25/11/2026 at 10:00 by Priya Shah". */
  note: string;
  /** The document's title by the naming standard (004). */
  title: string;
  mosaicId: string;
}

const MM = 72 / 25.4;
export const LABEL_SIZE: readonly [number, number] = [99.1 * MM, 38.1 * MM];
const MARGIN = 4 * MM;

/**
 * The standard fonts write only WinAnsi characters: accents are kept where WinAnsi has them
 * (é, ö, ñ) and otherwise dropped to the base letter (ł → l); anything else becomes "?", so an
 * unusual name never stops the label being made.
 */
const NO_DECOMPOSITION: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
};

function printable(font: PDFFont, text: string): string {
  const chars = [...text.normalize('NFC')].map((c) => {
    if (font.getCharacterSet().includes(c.codePointAt(0) ?? -1)) return c;
    const base = NO_DECOMPOSITION[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, '');
    return base !== '' && [...base].every((b) => font.getCharacterSet().includes(b.codePointAt(0) ?? -1))
      ? base
      : '?';
  });
  return chars.join('');
}

/** Words to lines no wider than `width` (a word longer than a line is cut, never left to overflow). */
function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(tried, size) <= width) {
      line = tried;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The label as PDF bytes: one page, the note in bold, then the title (shortened to fit) and the Mosaic number. */
export async function hardCopyLabelPdf(label: HardCopyLabel, createdAt = new Date()): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Hard copy label: ${label.title}`);
  pdf.setSubject(mosaicLabel(label.mosaicId));
  pdf.setCreator('Hearth');
  pdf.setProducer('Hearth');
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);
  pdf.setLanguage('en-GB');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height] = LABEL_SIZE;
  const page = pdf.addPage([width, height]);
  const inner = width - 2 * MARGIN;
  const ink = rgb(0, 0, 0);
  let y = height - MARGIN - 9;
  for (const line of wrap(bold, 9, printable(bold, label.note), inner)) {
    page.drawText(line, { x: MARGIN, y, size: 9, font: bold, color: ink });
    y -= 11;
  }
  y -= 2;
  // The title may be long (004 allows it): at most two lines here, cut with three dots; the full
  // title is on the document itself.
  const titleLines = wrap(font, 7, printable(font, label.title), inner);
  const shown =
    titleLines.length > 2 ? [titleLines[0] ?? '', `${(titleLines[1] ?? '').slice(0, -3)}...`] : titleLines;
  for (const line of shown) {
    page.drawText(line, { x: MARGIN, y, size: 7, font, color: ink });
    y -= 9;
  }
  page.drawText(printable(font, mosaicLabel(label.mosaicId)), {
    x: MARGIN,
    y: MARGIN,
    size: 7,
    font,
    color: ink,
  });
  return pdf.save();
}
