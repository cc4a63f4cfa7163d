// Issue 5 "Files staff already have": several scanned images can be combined into one PDF, one page
// each, in the order chosen. The PDF is read back with pdf-lib: its pages and their order.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { combineImages, combinedFileName, pageFor, type ImageToCombine } from './combine-images.ts';
import { looksLikeImage, moveItem, withImagesCombined, withImagesInOrder } from './image-order.ts';

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

// A 1 × 1 PNG (portrait-or-square: an A4 portrait page).
const PNG = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
);

/** A JPEG header pdf-lib reads (SOI, a baseline frame of `width` × `height`, 3 components, EOI). */
function jpeg(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xd9,
  ]);
}

const pagesOf = async (bytes: Uint8Array) =>
  (await PDFDocument.load(bytes)).getPages().map((p) => {
    const { width, height } = p.getSize();
    return width > height ? 'landscape' : 'portrait';
  });

describe('combining scanned images into one PDF', () => {
  it('issue 5: one page per image, in the order given', async () => {
    const images: ImageToCombine[] = [
      { bytes: jpeg(2000, 1000), mimeType: 'image/jpeg' },
      { bytes: PNG, mimeType: 'image/png' },
      { bytes: jpeg(1000, 1400), mimeType: 'image/jpeg' },
    ];
    expect(await pagesOf(await combineImages(images, 'Scan'))).toEqual(['landscape', 'portrait', 'portrait']);
    expect(await pagesOf(await combineImages([...images].reverse(), 'Scan'))).toEqual([
      'portrait',
      'portrait',
      'landscape',
    ]);
  });

  it('carries the title it is given, and is a PDF by its bytes', async () => {
    const bytes = await combineImages([{ bytes: PNG, mimeType: 'image/png' }], 'Leo Hartley - Safety Plan');
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect((await PDFDocument.load(bytes)).getTitle()).toBe('Leo Hartley - Safety Plan');
  });

  it('a wide image gets a landscape A4 page, a tall or square one a portrait page', () => {
    expect(pageFor(3000, 2000)).toEqual([841.89, 595.28]);
    expect(pageFor(2000, 3000)).toEqual([595.28, 841.89]);
    expect(pageFor(10, 10)).toEqual([595.28, 841.89]);
  });

  it('names the PDF after the first image', () => {
    expect(combinedFileName('scan-01.jpg')).toBe('scan-01.pdf');
    expect(combinedFileName('.png')).toBe('.png.pdf');
    expect(combinedFileName('page')).toBe('page.pdf');
  });

  it('refuses to make an empty PDF', async () => {
    await expect(combineImages([], 'Scan')).rejects.toThrow();
  });
});

describe('ordering the images before combining (keyboard "Move up" and "Move down")', () => {
  const files = ['a.pdf', 'b.jpg', 'c.png', 'd.docx', 'e.jpg'].map((key) => ({ key }));

  it('moves one image a place up or down, and not past either end', () => {
    expect(moveItem(['b', 'c', 'e'], 2, -1)).toEqual(['b', 'e', 'c']);
    expect(moveItem(['b', 'c', 'e'], 0, 1)).toEqual(['c', 'b', 'e']);
    expect(moveItem(['b', 'c', 'e'], 0, -1)).toEqual(['b', 'c', 'e']);
    expect(moveItem(['b', 'c', 'e'], 2, 1)).toEqual(['b', 'c', 'e']);
  });

  it('puts the images in the new order in the places images held; other files stay put', () => {
    expect(withImagesInOrder(files, ['e.jpg', 'b.jpg', 'c.png']).map((f) => f.key)).toEqual([
      'a.pdf',
      'e.jpg',
      'b.jpg',
      'd.docx',
      'c.png',
    ]);
  });

  it('replaces the combined images by one PDF where the first of them was', () => {
    expect(
      withImagesCombined(files, ['b.jpg', 'c.png', 'e.jpg'], { key: 'scan.pdf' }).map((f) => f.key),
    ).toEqual(['a.pdf', 'scan.pdf', 'd.docx']);
  });

  it('offers JPEG and PNG files for combining, by type or by name', () => {
    expect(looksLikeImage({ name: 'page1.JPG', type: '' })).toBe(true);
    expect(looksLikeImage({ name: 'scan', type: 'image/png' })).toBe(true);
    expect(looksLikeImage({ name: 'plan.pdf', type: 'application/pdf' })).toBe(false);
  });
});
