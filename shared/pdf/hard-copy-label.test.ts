// Guidance 001: the hard copy carries a note of when it was uploaded and by whom; every printout
// Hearth makes carries the child's Mosaic reference number. Read back with pdf.js: real text.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { hardCopyNote } from '../domain/hard-copy.ts';
import { LABEL_SIZE, hardCopyLabelPdf } from './hard-copy-label.ts';

async function read(bytes: Uint8Array) {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(1);
    const content = await page.getTextContent();
    const text = content.items.flatMap((item) => ('str' in item ? [item.str] : [])).join(' ');
    return { pages: doc.numPages, text, size: page.view.slice(2) };
  } finally {
    await task.destroy();
  }
}

const note = hardCopyNote({ recordedAt: '2026-11-25T10:00:00.000Z', uploaderName: 'Priya Shah' });

describe('001 the hard-copy label', () => {
  it('001: one label-sized page with the exact note, the title and the Mosaic reference number', async () => {
    const pdf = await read(
      await hardCopyLabelPdf({
        note,
        title: 'Leo Hartley - Keyworker monthly report October - 31/10/2026',
        mosaicId: '1048213',
      }),
    );
    expect(pdf.pages).toBe(1);
    expect(pdf.size.map(Math.round)).toEqual(LABEL_SIZE.map(Math.round));
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Uploaded to Mosaic on 25/11/2026 at 10:00 by Priya Shah');
    expect(text).toContain('Leo Hartley - Keyworker monthly report October - 31/10/2026');
    expect(text).toContain('Mosaic ref. 1048213');
  });

  it('a name outside the PDF fonts’ characters still prints, its accents dropped, not a failure', async () => {
    const pdf = await read(
      await hardCopyLabelPdf({
        note: hardCopyNote({ recordedAt: '2026-11-25T10:00:00.000Z', uploaderName: 'Zoë Łukasik' }),
        title: 'Zoë Łukasik - Support Plan - 01/11/2026',
        mosaicId: '1048213',
      }),
    );
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('by Zoë Lukasik');
  });

  it('004: a very long title is cut to fit the label rather than running off it', async () => {
    const title = `Leo Hartley - ${'Significant information about contact arrangements '.repeat(4)}- 31/10/2026`;
    const pdf = await read(await hardCopyLabelPdf({ note, title, mosaicId: '1048213' }));
    expect(pdf.text).toContain('...');
    expect(pdf.text.replace(/\s+/g, ' ')).toContain(
      'Uploaded to Mosaic on 25/11/2026 at 10:00 by Priya Shah',
    );
  });
});
