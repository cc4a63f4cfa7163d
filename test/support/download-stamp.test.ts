/**
 * The download stamp (issue 6; guidance 001: every record carries the child's Mosaic reference
 * number): each page of a saved document carries "Downloaded by NAME on DATE from Mosaic.
 * OFFICIAL-SENSITIVE" and the number, as real text that pdf.js extracts.
 */
import { PDFDocument, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { stampDownload, stampLines } from '../../shared/pdf/download-stamp.ts';
import { pdfText, placedText } from '../../gateway/testing/pdf-text.ts';

const stamp = {
  downloadedBy: 'Priya Shah',
  downloadedAt: new Date('2026-11-25T23:30:00Z'),
  mosaicNumber: '4021876',
};

async function threePagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595.28, 841.89]);
  pdf.addPage([841.89, 595.28]);
  pdf.addPage([200, 300]);
  return pdf.save();
}

// A 1x1 white PNG, as a copier's scan would be (only much smaller).
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);

describe('the download stamp', () => {
  it('is on every page, whatever its size, with the date in England (00:30 BST is the next day)', async () => {
    const stamped = await stampDownload(await threePagePdf(), 'application/pdf', stamp);
    if (!stamped.ok) throw new Error(stamped.message);
    const pages = await pdfText(stamped.value);
    expect(pages).toHaveLength(3);
    for (const text of pages) {
      expect(text).toContain('Downloaded by Priya Shah on 25/11/2026 from Mosaic. OFFICIAL-SENSITIVE');
      expect(text).toContain('Mosaic reference number: 4021876');
    }
    const summer = stampLines({ ...stamp, downloadedAt: new Date('2026-07-01T23:30:00Z') });
    expect(summer[0]).toContain('on 02/07/2026');
  });

  it.each([0, 90, 180, 270])(
    'sits at the foot of the page as the reader sees it, reading left to right, on a page turned %i°',
    async (angle) => {
      const pdf = await PDFDocument.create();
      pdf.addPage([595.28, 841.89]).setRotation(degrees(angle));
      const stamped = await stampDownload(await pdf.save(), 'application/pdf', stamp);
      if (!stamped.ok) throw new Error(stamped.message);
      const items = await placedText(stamped.value, 1);
      const footer = items.filter(
        (i) => i.text.startsWith('Downloaded by') || i.text.startsWith('Mosaic reference'),
      );
      expect(footer).toHaveLength(2);
      for (const item of footer) {
        expect(item.upright, item.text).toBe(true);
        // Within the last 40 points of the shown page, and starting at its left margin.
        expect(item.y).toBeGreaterThan(item.pageHeight - 40);
        expect(item.x).toBeLessThan(40);
      }
    },
  );

  it('puts a scanned image on a page of its own and stamps it', async () => {
    const stamped = await stampDownload(PNG, 'image/png', stamp);
    if (!stamped.ok) throw new Error(stamped.message);
    const [page] = await pdfText(stamped.value);
    expect(page).toContain('Mosaic reference number: 4021876');
  });

  it('refuses what cannot carry a stamp rather than hand it out without one', async () => {
    const docx = await stampDownload(
      new Uint8Array([0x50, 0x4b, 3, 4]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      stamp,
    );
    expect(docx).toMatchObject({ ok: false, error: 'cannot-stamp' });
    const broken = await stampDownload(
      new TextEncoder().encode('%PDF-1.7 not really'),
      'application/pdf',
      stamp,
    );
    expect(broken).toMatchObject({ ok: false, error: 'cannot-stamp' });
  });

  it('keeps a name Helvetica cannot draw readable', async () => {
    expect(stampLines({ ...stamp, downloadedBy: 'Wiktoria Łukasz-Nowak 😀' })[0]).toContain(
      'Wiktoria Lukasz-Nowak ?',
    );
  });
});
