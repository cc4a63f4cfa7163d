/**
 * Draws a PDF's pages with pdf.js, for the read-only viewer. Only this module imports pdf.js, and
 * only the lazily loaded viewer imports this module, so pdf.js (over 1 MB) stays out of the app's
 * first download (`npm run bench`: renderer.initial_js_gzip_kb). Its parser runs in a worker built
 * from the app's own files (the CSP allows workers from 'self' only), so it is kept offline too.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

let port: Worker | null = null;

function useWorker(): void {
  if (port) return;
  port = new PdfWorker();
  GlobalWorkerOptions.workerPort = port;
}

export interface DrawnPage {
  canvas: HTMLCanvasElement;
  text: string;
}

/** Each page drawn on a canvas at `width` CSS pixels, with its text for screen readers and copying. */
export async function drawPdf(bytes: Uint8Array, width: number): Promise<DrawnPage[]> {
  useWorker();
  // pdf.js takes the buffer over; the caller keeps its own copy.
  const task = getDocument({ data: bytes.slice(), isOffscreenCanvasSupported: false });
  const doc = await task.promise;
  try {
    const pages: DrawnPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const unscaled = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      await page.render({ canvas, viewport }).promise;
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      pages.push({ canvas, text });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
