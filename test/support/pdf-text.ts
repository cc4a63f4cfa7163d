/**
 * Reads a PDF's text back the way a person's PDF reader (and a screen reader) would, with pdf.js:
 * the proof that what Hearth writes is real text (issue 5 "Every PDF is real text"). For unit,
 * gateway and e2e tests alike. pdf.js's legacy build runs in plain Node.
 *
 * Text pieces drawn at the same height are joined, left to right, with one space, into a line; so
 * a form field reads "Child's name Leo Hartley" and a footer "Page 1 of 2 Leo Hartley · …".
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Each page's lines, top to bottom. */
  pages: string[][];
  /** Each page's lines joined with "\n". */
  pageTexts: string[];
  /** The whole document, pages joined with "\n". */
  text: string;
  /** The document information dictionary's Title, when set. */
  title: string | null;
  /** Every piece of text with where it was drawn (points from the page's bottom left), by page. */
  pieces: Piece[][];
}

export interface Piece {
  str: string;
  x: number;
  y: number;
  /** How wide it was drawn, in points. */
  width: number;
}

function lines(pieces: readonly Piece[]): string[] {
  const rows = new Map<number, Piece[]>();
  for (const piece of pieces) {
    if (piece.str.trim() === '') continue;
    // Pieces within a point of each other are on the same line (baselines round differently).
    const key = Math.round(piece.y);
    const row = rows.get(key) ?? rows.get(key - 1) ?? rows.get(key + 1);
    if (row) row.push(piece);
    else rows.set(key, [piece]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .map((p) => p.str.trim())
        .join(' ')
        .trim(),
    );
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes survive.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[][] = [];
    const allPieces: Piece[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if ('str' in item)
          pieces.push({
            str: item.str,
            x: item.transform[4] ?? 0,
            y: item.transform[5] ?? 0,
            width: item.width,
          });
      }
      pages.push(lines(pieces));
      allPieces.push(pieces);
    }
    const info = (await doc.getMetadata()).info;
    const title =
      typeof info === 'object' && info !== null && 'Title' in info && typeof info.Title === 'string'
        ? info.Title
        : null;
    const pageTexts = pages.map((p) => p.join('\n'));
    return { pages, pageTexts, text: pageTexts.join('\n'), title, pieces: allPieces };
  } finally {
    await task.destroy();
  }
}
