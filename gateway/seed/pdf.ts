/**
 * Small real PDFs for the demo documents, made with pdf-lib. Each carries its title and the
 * Mosaic reference number of every child it is recorded on (001: all residential records include
 * it). Fixed metadata dates keep the bytes, and so the stored file's SHA-256, the same on every run.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface DemoPdf {
  title: string;
  typeLabel: string;
  mosaicIds: readonly string[];
  completedOn: string;
  confidential: boolean;
}

const FIXED_DATE = new Date('2026-11-01T00:00:00Z');

export async function demoPdf(doc: DemoPdf): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setSubject(`Mosaic reference number ${doc.mosaicIds.join(', ')}`);
  pdf.setProducer('Hearth demo seed');
  pdf.setCreator('Hearth');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595.28, 841.89]); // A4
  let y = 780;
  const line = (text: string, size = 11, f = font) => {
    page.drawText(text, { x: 56, y, size, font: f, color: rgb(0.1, 0.1, 0.1), maxWidth: 480 });
    y -= size * 2;
  };
  if (doc.confidential) line('CONFIDENTIAL: not for residential staff', 12, bold);
  line(doc.title, 13, bold);
  line(`Mosaic reference number: ${doc.mosaicIds.join(', ')}`, 11, bold);
  line(`Document type: ${doc.typeLabel}`);
  line(`Completed: ${doc.completedOn}`);
  y -= 12;
  line('Fictional demonstration document made by the Hearth demo seed.');
  line('It describes no real child, family or member of staff.');
  return pdf.save();
}
