// Scans staff already have (issue 5 "Files staff already have": PDF, DOCX, JPEG and PNG from the
// home's copier; "images can be combined into one PDF"), in real Chromium against the real gateway:
// several images put in page order by keyboard, combined into one PDF on the computer, and filed
// as one document whose pages are in that order; a scan cut short is refused before it is queued.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { openFileStore } from '../../gateway/files/store.ts';
import { documentsTitled, fillUploadDetails, fixture, goTo, outboxRows } from './uploads-session.ts';
import { axeViolations, focusedText, liveHearth } from './support/live-hearth.ts';

const hearth = liveHearth();

/** A real landscape JPEG, as a copier would make it, encoded by Chromium itself. */
async function landscapeJpeg(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 300;
    canvas.height = 200;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#336699';
    context.fillRect(0, 0, 300, 200);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    if (!blob) throw new Error('no JPEG');
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  return Buffer.from(bytes);
}

describe('files staff already have', () => {
  test('issue 5: two scans put in page order by keyboard become one PDF, filed once with its pages in that order', async () => {
    const { page, problems } = await hearth.signedIn('tom.reilly');
    await goTo(page, '#/upload/child-leo-hartley');
    await page.getByLabel('Child', { exact: true }).selectOption({ label: 'Leo Hartley' });
    // Page 1 chosen first is the portrait PNG; the landscape JPEG is meant to come first.
    await page.locator('#upload-files-input').setInputFiles([
      { name: 'body-map.png', mimeType: 'image/png', buffer: fixture('body-map.png').bytes },
      { name: 'scan-page-1.jpg', mimeType: 'image/jpeg', buffer: await landscapeJpeg(page) },
    ]);
    const section = page.getByTestId('combine-images');
    await section.waitFor();
    expect(await section.getByTestId('combine-page').allTextContents()).toEqual([
      'body-map.pngMove down body-map.png',
      'scan-page-1.jpgMove up scan-page-1.jpg',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: "Move up" on the JPEG, focus stays with it, then combine.
    await section.getByRole('button', { name: 'Move up scan-page-1.jpg' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Move down scan-page-1.jpg');
    expect(await page.getByTestId('combine-news').textContent()).toBe(
      'scan-page-1.jpg moved to page 1 of 2.',
    );
    expect(await section.getByTestId('combine-page').allTextContents()).toEqual([
      'scan-page-1.jpgMove down scan-page-1.jpg',
      'body-map.pngMove up body-map.png',
    ]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Combine these 2 images into one PDF');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('chosen-files').locator('strong').allTextContents())
      .toEqual(['scan-page-1.pdf']);
    expect(await page.getByTestId('combine-news').textContent()).toMatch(
      /^2 images combined into one PDF, scan-page-1\.pdf, /,
    );
    expect(await section.count()).toBe(0);

    await fillUploadDetails(page, { type: 'Safety Plan', day: '2', month: '11', year: '2026' });
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    expect(await outboxRows(page)).toHaveLength(1);

    const title = 'Leo Hartley - Safety Plan - 02/11/2026';
    await goTo(page, '#/queue');
    await page
      .getByTestId('queue-item')
      .filter({ hasText: title })
      .getByTestId('queue-item-hard-copy')
      .waitFor({ timeout: 30_000 });
    const documents = documentsTitled(hearth.gateway.dataDir, title);
    expect(documents).toHaveLength(1);
    const stored = readFileSync(
      openFileStore(hearth.gateway.dataDir).pathOf(documents[0]?.file_sha256 ?? ''),
    );
    const pdf = await PDFDocument.load(stored);
    expect(
      pdf.getPages().map((p) => (p.getSize().width > p.getSize().height ? 'landscape' : 'portrait')),
    ).toEqual(['landscape', 'portrait']);
    expect(problems).toEqual([]);
  });

  test('issue 5: a scan cut short is refused before it is queued, naming it and saying what to do', async () => {
    const { page } = await hearth.signedIn('tom.reilly');
    await goTo(page, '#/upload/child-leo-hartley');
    await page.getByLabel('Child', { exact: true }).selectOption({ label: 'Leo Hartley' });
    const whole = await landscapeJpeg(page);
    await page
      .locator('#upload-files-input')
      .setInputFiles([
        { name: 'half-scan.jpg', mimeType: 'image/jpeg', buffer: whole.subarray(0, whole.length / 2) },
      ]);
    await fillUploadDetails(page, { type: 'Safety Plan', day: '2', month: '11', year: '2026' });
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'half-scan.jpg seems to be damaged or incomplete (the picture stops part way): it may not have finished copying or scanning. Open it on this computer to check it, then save or scan it again and choose it again.',
    ]);
    expect(await outboxRows(page)).toEqual([]);
  });
});
