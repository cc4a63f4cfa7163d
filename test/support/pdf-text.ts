/**
 * A PDF's text as pdf.js extracts it, one string per page: the proof that what Hearth prints is real
 * text (issue 5 "Every PDF is real text"), not a picture of it. Pieces drawn on one line are joined
 * with a space and lines with "\n", top to bottom. pdf.js's legacy build runs in plain Node.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Piece {
  str: string;
  x: number;
  y: number;
}

function pageLines(pieces: readonly Piece[]): string {
  const rows = new Map<number, Piece[]>();
  for (const piece of pieces) {
    if (piece.str.trim() === '') continue;
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
        .join(' '),
    )
    .join('\n');
}

export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes usable.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if ('str' in item)
          pieces.push({ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0 });
      }
      pages.push(pageLines(pieces));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
