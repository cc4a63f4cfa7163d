/**
 * "Combine these images into one PDF" (issue 5 "Files staff already have": scans from the home's
 * copier often come as one JPEG or PNG per page; "images can be combined into one PDF"). Each image
 * becomes one A4 page, in the order given, turned to landscape for a wide image and scaled to fit
 * inside a margin without stretching. Made on this computer with pdf-lib, so it works offline; the
 * images are embedded as they are (no re-encoding), so nothing of the scan is lost.
 */
import { PDFDocument } from 'pdf-lib';

export interface ImageToCombine {
  bytes: Uint8Array;
  mimeType: 'image/jpeg' | 'image/png';
}

/** A4 in points, and a margin that printers can reach (10 mm). */
const A4: readonly [number, number] = [595.28, 841.89];
const MARGIN = 28.35;

/** The page size for an image: A4, landscape when the image is wider than it is tall. */
export function pageFor(width: number, height: number): [number, number] {
  const [short, long] = A4;
  return width > height ? [long, short] : [short, long];
}

export async function combineImages(images: readonly ImageToCombine[], title: string): Promise<Uint8Array> {
  if (images.length === 0) throw new Error('no images to combine');
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('Hearth');
  pdf.setProducer('Hearth');
  pdf.setLanguage('en-GB');
  for (const image of images) {
    const embedded =
      image.mimeType === 'image/png' ? await pdf.embedPng(image.bytes) : await pdf.embedJpg(image.bytes);
    const [pageWidth, pageHeight] = pageFor(embedded.width, embedded.height);
    const page = pdf.addPage([pageWidth, pageHeight]);
    const scale = Math.min(
      (pageWidth - 2 * MARGIN) / embedded.width,
      (pageHeight - 2 * MARGIN) / embedded.height,
    );
    const width = embedded.width * scale;
    const height = embedded.height * scale;
    page.drawImage(embedded, { x: (pageWidth - width) / 2, y: (pageHeight - height) / 2, width, height });
  }
  return pdf.save();
}

/** "scan-01.jpg" → "scan-01.pdf": the combined file is named after the first page's image. */
export function combinedFileName(firstImageName: string): string {
  const dot = firstImageName.lastIndexOf('.');
  const base = dot > 0 ? firstImageName.slice(0, dot) : firstImageName;
  return `${base || 'combined-scan'}.pdf`;
}
