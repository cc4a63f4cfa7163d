/**
 * The text of each page of a PDF, as pdf.js reads it: what a reader's copy-and-paste or a screen
 * reader would get. Tests use it to prove a PDF Hearth made or stamped is real text, not a picture.
 * One string per page; the text items of a page are joined by new lines. Lives in gateway/testing
 * so gateway tests may use it (the layer rule); test/support/pdf-text.ts re-exports it for the rest.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = `${path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes survive.
  const task = getDocument({ data: new Uint8Array(bytes), standardFontDataUrl });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

export interface PlacedText {
  text: string;
  /** Where the text starts on the page as shown (rotation applied), from the top-left, in points. */
  x: number;
  y: number;
  /** True when it reads left to right along the shown page, not sideways or upside down. */
  upright: boolean;
  pageHeight: number;
}

/** The text items of page `n` (from 1) with where and which way they sit on the page as shown. */
export async function placedText(bytes: Uint8Array, n: number): Promise<PlacedText[]> {
  const task = getDocument({ data: new Uint8Array(bytes), standardFontDataUrl });
  try {
    const page = await (await task.promise).getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    return content.items.flatMap((item) => {
      if (!('str' in item)) return [];
      const [a, b, , , e, f] = Util.transform(viewport.transform, item.transform) as number[];
      return [
        {
          text: item.str,
          x: e ?? 0,
          y: f ?? 0,
          upright: (a ?? 0) > 0 && Math.abs(b ?? 0) < 1e-6,
          pageHeight: viewport.height,
        },
      ];
    });
  } finally {
    await task.destroy();
  }
}
