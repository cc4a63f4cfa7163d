/**
 * Guidance 001 lists what the home uploads: reports, forms, plans, body maps. Hearth takes them as
 * PDF, DOCX, JPEG or PNG, judged by the bytes, so a program or web page renamed `.pdf` never reaches
 * a child's record (issue 4 "The gateway").
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/temp.ts';
import { detectFileType, judgeFileType } from './file-type.ts';
import { sampleDocx, sampleExe, sampleHtml, sampleJpeg, samplePdf, samplePng, zip } from './testing/files.ts';

const temp = tempFolder('file-type');
afterAll(() => temp.remove());

async function detect(bytes: Uint8Array) {
  const file = path.join(temp.dir, `f-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, bytes);
  return detectFileType(file);
}

describe('001 uploads: the file type comes from the bytes, never the name', () => {
  it('001: accepts a PDF, a DOCX, a JPEG and a PNG', async () => {
    expect(await detect(await samplePdf())).toEqual({ ok: true, mimeType: 'application/pdf' });
    expect(await detect(sampleDocx())).toEqual({
      ok: true,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(await detect(sampleJpeg())).toEqual({ ok: true, mimeType: 'image/jpeg' });
    expect(await detect(samplePng())).toEqual({ ok: true, mimeType: 'image/png' });
  });

  it('001: refuses a Windows program and a web page, saying what they are', async () => {
    expect(await detect(sampleExe())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^This file is a Windows program/),
    });
    expect(await detect(sampleHtml())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^This file is a web page \(HTML\)/),
    });
    // Leading blank lines and a byte-order mark do not hide a web page.
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('\n\n  <html><body>x</body></html>'),
    ]);
    expect(await detect(bom)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('a web page (HTML)'),
    });
  });

  it('001: a ZIP that is not a Word document (e.g. a spreadsheet) is refused, not taken for a DOCX', async () => {
    const xlsx = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(await detect(xlsx)).toMatchObject({ ok: false, reason: expect.stringContaining('a ZIP archive') });
    // A damaged ZIP whose directory cannot be read is refused rather than guessed at.
    const truncated = sampleDocx().subarray(0, 200);
    expect(await detect(truncated)).toMatchObject({ ok: false });
  });

  it('001: refuses older Office files and unknown bytes with advice to save as PDF', () => {
    const doc = judgeFileType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), null);
    expect(doc).toMatchObject({
      ok: false,
      reason: expect.stringContaining('an older Office file (.doc, .xls or .ppt)'),
    });
    const unknown = judgeFileType(new Uint8Array([1, 2, 3, 4]), null);
    expect(unknown).toMatchObject({
      ok: false,
      reason: expect.stringContaining('save or scan the document as a PDF'),
    });
    expect(judgeFileType(new Uint8Array(0), null).ok).toBe(false);
  });

  it('judged from a head already in memory (a sealed body opened), the same; only a ZIP reads the file', async () => {
    const missing = path.join(temp.dir, 'never-written');
    // No file at all: a PDF, JPEG or PNG head is enough, and a program is still refused.
    expect(await detectFileType(missing, await samplePdf())).toEqual({
      ok: true,
      mimeType: 'application/pdf',
    });
    expect(await detectFileType(missing, samplePng())).toEqual({ ok: true, mimeType: 'image/png' });
    expect((await detectFileType(missing, sampleExe())).ok).toBe(false);
    // A ZIP's head says nothing of what is inside: its directory is read from the file.
    const docx = sampleDocx();
    const file = path.join(temp.dir, 'with-head.docx');
    writeFileSync(file, docx);
    expect(await detectFileType(file, docx.subarray(0, 512))).toMatchObject({ ok: true });
    await expect(detectFileType(missing, docx.subarray(0, 512))).rejects.toThrow();
  });
});
