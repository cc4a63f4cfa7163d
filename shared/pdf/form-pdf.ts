/**
 * The common frame of every PDF Hearth writes from a form (issue 5 "Forms Hearth writes"): A4,
 * the standard Helvetica fonts, real text that pdf.js (and a screen reader) can read.
 *
 * Page 1 opens with the heading block: the title by the naming standard (004), the child's name
 * and Mosaic reference number (001: every record Hearth makes carries it), the document type, the
 * date completed, who wrote it and who uploaded it, and, when they differ, the line
 * "Uploaded by {name}, {role}, on behalf of {name}, {role}" (000). Then the form's sections, each
 * made of labelled fields, wrapped paragraphs and drawings (the body map), with page breaks where
 * needed. Every page ends with a footer: "Page n of m", the child's name and Mosaic number, and
 * "OFFICIAL-SENSITIVE" (the Government Security Classification for case records).
 *
 * Usage:
 *   const bytes = await formPdf({
 *     heading: { title, documentTypeLabel, child: { name, mosaicId }, completedOn: '2026-11-04',
 *                uploader: { name, role }, author: { name, role } },   // author only "on behalf of"
 *     sections: [{ heading: 'What happened', blocks: [field('Where', 'Lounge'), paragraph(text)] }],
 *     createdAt: new Date(),
 *   });
 * Whatever staff typed is drawn through `pdfSafeText` (pdf-text-safe.ts), so no input can crash it.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { mosaicLabel } from '../domain/mosaic.ts';
import { ukDate } from '../domain/naming.ts';
import { pdfSafeText } from './pdf-text-safe.ts';
import { markAsHearthForm } from './form-marker.ts';

export const A4_SIZE: readonly [number, number] = [595.28, 841.89];
const MARGIN = 56;
const FOOTER_Y = 30;
const CONTENT_TOP = A4_SIZE[1] - MARGIN;
const CONTENT_BOTTOM = 64;
export const CONTENT_WIDTH = A4_SIZE[0] - 2 * MARGIN;
/** The tallest drawing a page can hold below its running title. */
export const MAX_DRAWING_HEIGHT = CONTENT_TOP - 24 - CONTENT_BOTTOM;
const LABEL_WIDTH = 165;
const GAP = 12;
const TEXT = rgb(0.05, 0.05, 0.05);
const MUTED = rgb(0.3, 0.3, 0.3);

export interface Person {
  name: string;
  role: string;
}

export interface FormPdfHeading {
  /** By the naming standard (004), e.g. `Leo Hartley - Incident form: Missing - 04/11/2026`. */
  title: string;
  documentTypeLabel: string;
  child: { name: string; mosaicId: string };
  /** ISO date, e.g. `2026-11-04`. */
  completedOn: string;
  /** The signed-in person who queues the PDF. */
  uploader: Person;
  /** Only when someone else wrote it (000 "on behalf of"); otherwise the uploader is the author. */
  author?: Person | undefined;
}

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Where a drawing block may draw: a box `width` × `height` whose top-left corner is (x, top). */
export interface DrawArea {
  page: PDFPage;
  x: number;
  top: number;
  width: number;
  height: number;
  fonts: Fonts;
  /** Draws one line of text, made safe for the standard fonts first. */
  text(text: string, at: { x: number; y: number; size: number; bold?: boolean }): void;
}

export type FormBlock =
  /** A label and its value side by side; an empty value reads "Not recorded". */
  | { kind: 'field'; label: string; value: string }
  /** Free text, wrapped; blank lines in it are kept; an optional label above it. */
  | { kind: 'paragraph'; label?: string | undefined; text: string }
  /** Vector drawing (e.g. the body map outlines) of a fixed height, never split across pages. */
  | { kind: 'drawing'; height: number; draw(area: DrawArea): void };

export interface FormSection {
  heading: string;
  blocks: readonly FormBlock[];
}

export interface FormPdfInput {
  heading: FormPdfHeading;
  sections: readonly FormSection[];
  /** Written into the PDF's metadata; passed in so the same form gives the same bytes. */
  createdAt: Date;
}

export const field = (label: string, value: string): FormBlock => ({ kind: 'field', label, value });
export const paragraph = (text: string, label?: string): FormBlock => ({ kind: 'paragraph', label, text });

const samePerson = (a: Person, b: Person): boolean =>
  a.name.trim().toLowerCase() === b.name.trim().toLowerCase() &&
  a.role.trim().toLowerCase() === b.role.trim().toLowerCase();

/** 000: "Uploaded by {name}, {role}, on behalf of {name}, {role}", or null when the uploader wrote it. */
export function attributionLine(uploader: Person, author?: Person): string | null {
  if (!author || samePerson(uploader, author)) return null;
  return `Uploaded by ${uploader.name.trim()}, ${uploader.role.trim()}, on behalf of ${author.name.trim()}, ${author.role.trim()}`;
}

/** Splits text into lines no wider than `width`; breaks inside a word only when the word alone is wider. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const rawParagraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = pdfSafeText(rawParagraph).split(' ').filter(Boolean);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (!fits(rest)) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  // Trailing blank lines add nothing but height.
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface Cursor {
  pdf: PDFDocument;
  fonts: Fonts;
  page: PDFPage;
  y: number;
  runningTitle: string;
}

/** `text` cut (with "…") to fit `width` on one line. */
function fitLine(text: string, font: PDFFont, size: number, width: number): string {
  let line = pdfSafeText(text);
  while (line.length > 1 && font.widthOfTextAtSize(line, size) > width) line = `${line.slice(0, -2)}…`;
  return line;
}

function newPage(cursor: Cursor): void {
  cursor.page = cursor.pdf.addPage([...A4_SIZE]);
  // Continuation pages repeat the title (on one line), so a loose page still says what it belongs to.
  cursor.page.drawText(fitLine(cursor.runningTitle, cursor.fonts.regular, 8, CONTENT_WIDTH), {
    x: MARGIN,
    y: CONTENT_TOP,
    size: 8,
    font: cursor.fonts.regular,
    color: MUTED,
  });
  cursor.y = CONTENT_TOP - 24;
}

/** Makes room for `height` points on the current page, or starts a new one. */
function ensure(cursor: Cursor, height: number): void {
  if (cursor.y - height < CONTENT_BOTTOM) newPage(cursor);
}

function drawLine(cursor: Cursor, text: string, x: number, size: number, bold = false): void {
  if (text === '') return;
  cursor.page.drawText(text, {
    x,
    y: cursor.y - size,
    size,
    font: bold ? cursor.fonts.bold : cursor.fonts.regular,
    color: TEXT,
  });
}

function writeField(cursor: Cursor, label: string, value: string): void {
  const size = 10.5;
  const lineHeight = 14;
  const valueX = MARGIN + LABEL_WIDTH + GAP;
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - GAP;
  const values = wrapText(
    value.trim() === '' ? 'Not recorded' : value,
    cursor.fonts.regular,
    size,
    valueWidth,
  );
  let labels = wrapText(label, cursor.fonts.bold, size, LABEL_WIDTH);
  if (labels.length > 1) {
    // A long label (a question) goes on its own lines above the answer, so the text reads in
    // order: question, then answer (for pdf.js, copy and paste, and screen readers alike).
    const above = wrapText(label, cursor.fonts.bold, size, CONTENT_WIDTH);
    ensure(cursor, (above.length + 1) * lineHeight);
    for (const line of above) {
      ensure(cursor, lineHeight);
      drawLine(cursor, line, MARGIN, size, true);
      cursor.y -= lineHeight;
    }
    labels = [];
  }
  const rows = Math.max(labels.length, values.length);
  // A short field stays on one page; a long one flows on, line by line.
  ensure(cursor, Math.min(rows, 3) * lineHeight);
  for (let i = 0; i < rows; i++) {
    ensure(cursor, lineHeight);
    drawLine(cursor, labels[i] ?? '', MARGIN, size, true);
    drawLine(cursor, values[i] ?? '', valueX, size);
    cursor.y -= lineHeight;
  }
  cursor.y -= 4;
}

function writeParagraph(cursor: Cursor, text: string, label: string | undefined): void {
  const size = 10.5;
  const lineHeight = 14;
  const lines = wrapText(
    text.trim() === '' ? 'Not recorded' : text,
    cursor.fonts.regular,
    size,
    CONTENT_WIDTH,
  );
  if (label) {
    ensure(cursor, lineHeight * 2);
    for (const line of wrapText(label, cursor.fonts.bold, size, CONTENT_WIDTH)) {
      ensure(cursor, lineHeight);
      drawLine(cursor, line, MARGIN, size, true);
      cursor.y -= lineHeight;
    }
  }
  for (const line of lines) {
    ensure(cursor, lineHeight);
    drawLine(cursor, line, MARGIN, size);
    cursor.y -= lineHeight;
  }
  cursor.y -= 6;
}

function writeDrawing(cursor: Cursor, block: Extract<FormBlock, { kind: 'drawing' }>): void {
  if (block.height > MAX_DRAWING_HEIGHT) {
    // A programming mistake, not something staff can cause: drawings have fixed heights.
    throw new RangeError(`a drawing of ${block.height}pt does not fit on a page`);
  }
  ensure(cursor, block.height);
  const { page, fonts } = cursor;
  block.draw({
    page,
    x: MARGIN,
    top: cursor.y,
    width: CONTENT_WIDTH,
    height: block.height,
    fonts,
    text: (text, at) =>
      page.drawText(pdfSafeText(text), {
        x: at.x,
        y: at.y,
        size: at.size,
        font: at.bold ? fonts.bold : fonts.regular,
        color: TEXT,
      }),
  });
  cursor.y -= block.height + 8;
}

function writeSectionHeading(cursor: Cursor, heading: string): void {
  const size = 13;
  const lines = wrapText(heading, cursor.fonts.bold, size, CONTENT_WIDTH);
  // Keep a heading with at least two lines of what follows it.
  ensure(cursor, 10 + lines.length * 18 + 28);
  cursor.y -= 10;
  for (const line of lines) {
    drawLine(cursor, line, MARGIN, size, true);
    cursor.y -= 18;
  }
  cursor.y -= 2;
}

function writeHeading(cursor: Cursor, heading: FormPdfHeading): void {
  for (const line of wrapText(heading.title, cursor.fonts.bold, 16, CONTENT_WIDTH)) {
    drawLine(cursor, line, MARGIN, 16, true);
    cursor.y -= 21;
  }
  cursor.y -= 6;
  const author = heading.author ?? heading.uploader;
  writeField(cursor, "Child's name", heading.child.name);
  writeField(cursor, 'Mosaic reference number', heading.child.mosaicId);
  writeField(cursor, 'Document type', heading.documentTypeLabel);
  writeField(cursor, 'Date completed', ukDate(heading.completedOn));
  writeField(cursor, 'Written by', `${author.name}, ${author.role}`);
  writeField(cursor, 'Uploaded by', `${heading.uploader.name}, ${heading.uploader.role}`);
  const attribution = attributionLine(heading.uploader, heading.author);
  if (attribution) writeParagraph(cursor, attribution, undefined);
  cursor.page.drawLine({
    start: { x: MARGIN, y: cursor.y },
    end: { x: MARGIN + CONTENT_WIDTH, y: cursor.y },
    thickness: 0.75,
    color: MUTED,
  });
  cursor.y -= 8;
}

function writeFooters(pdf: PDFDocument, fonts: Fonts, child: FormPdfHeading['child']): void {
  const pages = pdf.getPages();
  const size = 8.5;
  const marking = 'OFFICIAL-SENSITIVE';
  const markingX = MARGIN + CONTENT_WIDTH - fonts.bold.widthOfTextAtSize(marking, size);
  const middleX = MARGIN + 90;
  // A very long name is shortened (with "…") so it never runs into the marking; the Mosaic
  // number, which identifies the child on paper (001), is always kept whole.
  const reference = ` · ${mosaicLabel(child.mosaicId)}`;
  const room = markingX - 10 - middleX - fonts.regular.widthOfTextAtSize(reference, size);
  let name = pdfSafeText(child.name);
  while (name.length > 1 && fonts.regular.widthOfTextAtSize(name, size) > room)
    name = `${name.slice(0, -2)}…`;
  const middle = `${name}${reference}`;
  pages.forEach((page, index) => {
    const draw = (text: string, x: number, bold = false) =>
      page.drawText(text, { x, y: FOOTER_Y, size, font: bold ? fonts.bold : fonts.regular, color: TEXT });
    draw(`Page ${index + 1} of ${pages.length}`, MARGIN);
    draw(middle, middleX);
    draw(marking, markingX, true);
  });
}

/** The form as PDF bytes: heading block, sections, and the footer on every page. */
export async function formPdf(input: FormPdfInput): Promise<Uint8Array> {
  const { heading } = input;
  const pdf = await PDFDocument.create();
  pdf.setTitle(heading.title);
  pdf.setSubject(`${heading.documentTypeLabel}. ${mosaicLabel(heading.child.mosaicId)}`);
  pdf.setAuthor((heading.author ?? heading.uploader).name);
  pdf.setCreator('Hearth');
  pdf.setProducer('Hearth (pdf-lib)');
  // So the gateway can check the device's "written in Hearth: no hard copy" (form-marker.ts).
  markAsHearthForm(pdf);
  pdf.setLanguage('en-GB');
  pdf.setCreationDate(input.createdAt);
  pdf.setModificationDate(input.createdAt);
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const cursor: Cursor = {
    pdf,
    fonts,
    page: pdf.addPage([...A4_SIZE]),
    y: CONTENT_TOP,
    runningTitle: heading.title,
  };
  writeHeading(cursor, heading);
  for (const section of input.sections) {
    writeSectionHeading(cursor, section.heading);
    for (const block of section.blocks) {
      if (block.kind === 'field') writeField(cursor, block.label, block.value);
      else if (block.kind === 'paragraph') writeParagraph(cursor, block.text, block.label);
      else writeDrawing(cursor, block);
    }
  }
  writeFooters(pdf, fonts, heading.child);
  return pdf.save();
}
