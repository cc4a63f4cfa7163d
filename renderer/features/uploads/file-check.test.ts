// Files are judged by their bytes before they are queued (issue 4: PDF, DOCX, JPEG, PNG only; the
// app refuses an empty file and one over MAX_UPLOAD_BYTES), with refusals that name the file.
import { describe, expect, test } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../../shared/api/uploads.ts';
import { checkFile } from './file-check.ts';

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
// A whole PNG ends with its IEND chunk (length 0, type, CRC); a whole JPEG with FF D9.
const PNG_END = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const JPEG_WHOLE = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9];

/** A stored (uncompressed) ZIP listing `names`, as a DOCX or another Office file would be laid out. */
function zipWith(names: string[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const name of names) {
    const bytes = encoder.encode(name);
    const local = new Uint8Array(30 + bytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(26, bytes.length, true);
    local.set(bytes, 30);
    const central = new Uint8Array(46 + bytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(28, bytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(bytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, names.length, true);
  ev.setUint16(10, names.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const all = [...locals, ...centrals, end];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const file = (name: string, bytes: Uint8Array<ArrayBuffer> | string, type = '') =>
  new File([bytes], name, { type });

describe('checking a file before it is queued', () => {
  test('a PDF, JPEG and PNG are known by their first bytes, whatever they are called', async () => {
    expect(await checkFile(file('report.pdf', '%PDF-1.7\n%%EOF\n'))).toEqual({
      ok: true,
      mimeType: 'application/pdf',
    });
    expect(await checkFile(file('scan', new Uint8Array(JPEG_WHOLE)))).toEqual({
      ok: true,
      mimeType: 'image/jpeg',
    });
    // Named .pdf, but a PNG: accepted as what it is, and queued as a PNG.
    expect(await checkFile(file('body-map.pdf', new Uint8Array([...PNG_HEAD, ...PNG_END])))).toEqual({
      ok: true,
      mimeType: 'image/png',
    });
  });

  test('a DOCX is a ZIP that holds word/document.xml; another ZIP is refused and named', async () => {
    const docx = zipWith(['[Content_Types].xml', 'word/document.xml']);
    expect(await checkFile(file('plan.docx', docx))).toEqual({
      ok: true,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const xlsx = await checkFile(file('budget.docx', zipWith(['[Content_Types].xml', 'xl/workbook.xml'])));
    expect(xlsx).toMatchObject({ ok: false });
    expect(xlsx.ok || xlsx.message).toContain(
      'budget.docx is a ZIP archive (or an Excel or PowerPoint file)',
    );
  });

  test('a web page named .pdf is refused with words that say what it is and what to do', async () => {
    const checked = await checkFile(
      file('incident.pdf', '<!DOCTYPE html><html><body>hi</body></html>', 'application/pdf'),
    );
    expect(checked).toEqual({
      ok: false,
      message:
        'incident.pdf is a web page (HTML), not a PDF, Word document (DOCX), JPEG image or PNG image. Only those can be uploaded: save or scan the document as a PDF and choose it again.',
    });
  });

  test('plain text is refused as a kind Hearth does not recognise', async () => {
    const checked = await checkFile(file('notes.txt', 'Keyworker notes'));
    expect(checked.ok || checked.message).toMatch(
      /^notes\.txt is of a kind Hearth does not recognise, not a PDF/,
    );
  });

  test('an empty file and one over the limit are refused before their bytes are read', async () => {
    expect(await checkFile(file('empty.pdf', ''))).toEqual({
      ok: false,
      message: 'empty.pdf: The file is empty. Choose the document again.',
    });
    const big = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], 'huge.pdf');
    const checked = await checkFile(big);
    expect(checked.ok || checked.message).toMatch(/^huge\.pdf: The file is larger than 50 MB/);
  });

  test('issue 5: a PDF, JPEG or PNG cut short (a copy or scan that stopped) is refused as damaged, naming the file', async () => {
    const cut = [
      file('report.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >>'),
      file('scan.jpg', new Uint8Array(JPEG_WHOLE.slice(0, -2))),
      file('scan.png', new Uint8Array(PNG_HEAD)),
    ];
    const checks = await Promise.all(cut.map(checkFile));
    expect(checks.map((c) => (c.ok ? 'accepted' : c.message))).toEqual([
      'report.pdf seems to be damaged or incomplete (the PDF has no end): it may not have finished copying or scanning. Open it on this computer to check it, then save or scan it again and choose it again.',
      'scan.jpg seems to be damaged or incomplete (the picture stops part way): it may not have finished copying or scanning. Open it on this computer to check it, then save or scan it again and choose it again.',
      'scan.png seems to be damaged or incomplete (the picture stops part way): it may not have finished copying or scanning. Open it on this computer to check it, then save or scan it again and choose it again.',
    ]);
  });

  test('issue 5: a JPEG with bytes after its end marker (some copiers add them) is still whole', async () => {
    const padded = new Uint8Array([...JPEG_WHOLE, 0, 0, 0, 0]);
    expect(await checkFile(file('copier.jpg', padded))).toEqual({ ok: true, mimeType: 'image/jpeg' });
  });

  test('issue 5: a DOCX whose contents list is cut off is damaged, not called a ZIP archive', async () => {
    const docx = zipWith(['[Content_Types].xml', 'word/document.xml']);
    const checked = await checkFile(file('plan.docx', docx.slice(0, docx.length - 30)));
    expect(checked.ok || checked.message).toMatch(
      /^plan\.docx seems to be damaged or incomplete \(its contents list cannot be read\)/,
    );
  });
});
