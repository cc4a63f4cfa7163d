/**
 * The audit as a PDF table for a manager's export (001: reviewed by management): landscape A4, the
 * standard Helvetica fonts, real text (pdf.js and screen readers can read it). A heading names the
 * home, the filters and who exported it when; then one row per event with the same cells as the CSV
 * (shared/domain/audit-export.ts), each cell wrapped, never cut, since an audit must not lose words;
 * the column headings repeat on every page; each page ends "Page n of m" and OFFICIAL-SENSITIVE.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AUDIT_EXPORT_HEADER } from '../domain/audit-export.ts';
import { A4_SIZE, wrapText } from './form-pdf.ts';
import { pdfSafeText } from './pdf-text-safe.ts';

const PAGE: [number, number] = [A4_SIZE[1], A4_SIZE[0]];
const MARGIN = 36;
const SIZE = 7.5;
const LINE = 9.5;
const PAD = 3;
const FOOTER_Y = 20;
const BOTTOM = 40;
const TEXT = rgb(0.05, 0.05, 0.05);
const RULE = rgb(0.7, 0.7, 0.7);
/** Column widths in points, in AUDIT_EXPORT_HEADER's order; they fill the landscape page's width. */
const WIDTHS = [68, 92, 70, 78, 70, 84, 136, 70, 58, 43] as const;

export interface AuditPdfInput {
  homeName: string;
  /** The filters in words, e.g. "Child: Leo Hartley; Action: Viewed a child’s summary". */
  filtersText: string;
  exportedBy: { name: string; role: string };
  /** Already in words, e.g. "25/11/2026 10:00:00". */
  exportedAtText: string;
  createdAt: Date;
  rows: readonly (readonly (string | null)[])[];
  /** Said on the first page when more events matched than the export holds. */
  truncatedNote?: string | undefined;
}

interface Cursor {
  pdf: PDFDocument;
  page: PDFPage;
  y: number;
  regular: PDFFont;
  bold: PDFFont;
}

function cellLines(cells: readonly (string | null)[], font: PDFFont): string[][] {
  return WIDTHS.map((width, i) => wrapText(cells[i] ?? '', font, SIZE, width - 2 * PAD));
}

function drawRow(c: Cursor, lines: string[][], font: PDFFont): void {
  const height = Math.max(1, ...lines.map((l) => l.length)) * LINE + 2 * PAD;
  let x = MARGIN;
  lines.forEach((cell, i) => {
    cell.forEach((line, n) => {
      if (line !== '')
        c.page.drawText(line, { x: x + PAD, y: c.y - PAD - SIZE - n * LINE, size: SIZE, font, color: TEXT });
    });
    x += WIDTHS[i] ?? 0;
  });
  c.y -= height;
  c.page.drawLine({
    start: { x: MARGIN, y: c.y },
    end: { x: PAGE[0] - MARGIN, y: c.y },
    thickness: 0.5,
    color: RULE,
  });
}

function newPage(c: Cursor): void {
  c.page = c.pdf.addPage([...PAGE]);
  c.y = PAGE[1] - MARGIN;
  drawRow(c, cellLines(AUDIT_EXPORT_HEADER, c.bold), c.bold);
}

export async function auditPdf(input: AuditPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = `Audit of ${input.homeName}`;
  pdf.setTitle(pdfSafeText(title));
  pdf.setCreator('Hearth');
  pdf.setProducer('Hearth (pdf-lib)');
  pdf.setLanguage('en-GB');
  pdf.setCreationDate(input.createdAt);
  pdf.setModificationDate(input.createdAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const c: Cursor = { pdf, page: pdf.addPage([...PAGE]), y: PAGE[1] - MARGIN, regular, bold };

  const width = PAGE[0] - 2 * MARGIN;
  const say = (text: string, font: PDFFont, size: number) => {
    for (const line of wrapText(text, font, size, width)) {
      c.y -= size + 4;
      c.page.drawText(line, { x: MARGIN, y: c.y, size, font, color: TEXT });
    }
  };
  say(title, bold, 14);
  say(`Filters: ${input.filtersText}`, regular, 9);
  say(
    `Exported by ${input.exportedBy.name}, ${input.exportedBy.role}, on ${input.exportedAtText}. ` +
      `${input.rows.length} event${input.rows.length === 1 ? '' : 's'}, newest first.`,
    regular,
    9,
  );
  if (input.truncatedNote) say(input.truncatedNote, bold, 9);
  c.y -= 8;
  drawRow(c, cellLines(AUDIT_EXPORT_HEADER, bold), bold);
  if (input.rows.length === 0) say('No events match these filters.', regular, 9);

  for (const row of input.rows) {
    const lines = cellLines(row, regular);
    const height = Math.max(1, ...lines.map((l) => l.length)) * LINE + 2 * PAD;
    if (c.y - height < BOTTOM) newPage(c);
    drawRow(c, lines, regular);
  }

  const pages = pdf.getPages();
  pages.forEach((page, index) => {
    const draw = (text: string, x: number, font: PDFFont) =>
      page.drawText(pdfSafeText(text), { x, y: FOOTER_Y, size: 8, font, color: TEXT });
    draw(`Page ${index + 1} of ${pages.length}`, MARGIN, regular);
    draw(title, MARGIN + 90, regular);
    const marking = 'OFFICIAL-SENSITIVE';
    draw(marking, PAGE[0] - MARGIN - bold.widthOfTextAtSize(marking, 8), bold);
  });
  return pdf.save();
}
