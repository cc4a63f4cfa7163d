// The upload screen and the queue in real Chromium against the real gateway and a real SMTP server
// (issue 4 "The app"; DOMAIN.md "Uploads"; guidance 001 and 000). Until the lead engineer wires the
// screens are reached through the real app at #/upload and #/queue.
import { describe, expect, test } from 'vitest';
import {
  documentsTitled,
  fillUploadDetails,
  fillUploadForm,
  fixture,
  goTo,
  notificationsShown,
  outboxRows,
} from './uploads-session.ts';
import { liveHearth } from './support/live-hearth.ts';

const hearth = liveHearth();

const report = fixture('keyworker-report.pdf');

describe('uploading a document', () => {
  test('a manager queues a PDF for a child on behalf of its author: saved on this computer, then received and the social worker notified', async () => {
    const { page, problems } = await hearth.signedIn('priya.shah');
    // From a child's record: the child is already chosen.
    await goTo(page, '#/upload/child-leo-hartley');
    const child = page.getByLabel('Child', { exact: true });
    await expect.poll(() => child.inputValue()).toBe('child-leo-hartley');

    await fillUploadForm(page, {
      child: 'Leo Hartley',
      files: [report],
      type: 'Keyworker monthly report',
      day: '31',
      month: '10',
      year: '2026',
      description: 'Keyworker monthly report October',
      onBehalfOf: { name: 'Dan Ellis', role: 'Residential Child Care Worker' },
    });
    // 004: the title is made from the child's full name, the description and the date.
    const title = 'Leo Hartley - Keyworker monthly report October - 31/10/2026';
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
    // 000: the record will name both the uploader and the author.
    await expect
      .poll(() => page.getByTestId('attribution').textContent())
      .toContain(
        'Uploaded by Priya Shah, Registered Manager, on behalf of Dan Ellis, Residential Child Care Worker.',
      );

    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    const saved = page.getByTestId('upload-saved');
    await saved.getByText('Saved on this computer').waitFor();
    // "Saved" is said only once the outbox holds the item, and the banner has the focus.
    expect((await outboxRows(page)).length).toBe(1);
    expect(await saved.evaluate((el) => el === document.activeElement)).toBe(true);
    // The form is ready for the next document; the child stays chosen.
    expect(await page.getByTestId('chosen-files').count()).toBe(0);
    expect(await child.inputValue()).toBe('child-leo-hartley');

    await saved.getByRole('link', { name: 'See the upload queue' }).click();
    const item = page.getByTestId('queue-item').filter({ hasText: title });
    await item.getByText('Social worker notified (Nadia Rahman)').waitFor({ timeout: 30_000 });
    expect(await item.getByTestId('queue-item-detail').textContent()).toMatch(/^Received by the council on /);
    expect(await item.getByRole('button', { name: /^Cancel/ }).count()).toBe(0);
    expect(await page.getByTestId('sync-summary').textContent()).toBe('No documents waiting to send');

    // The gateway has it once, with the file's own SHA-256 and the attribution (000).
    const documents = documentsTitled(hearth.gateway.dataDir, title);
    expect(documents).toEqual([
      expect.objectContaining({
        child_id: 'child-leo-hartley',
        file_sha256: report.sha256,
        uploader_name: 'Priya Shah',
        uploader_role: 'Registered Manager',
        author_name: 'Dan Ellis',
        author_role: 'Residential Child Care Worker',
      }),
    ]);
    // 001: the social worker was emailed, without the document.
    const mails = hearth.mailsTo('nadia.rahman@council.example');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.raw ?? '').not.toMatch(/%PDF/);

    // One desktop notification when the queue drained, naming no child.
    await expect
      .poll(() => notificationsShown(page))
      .toEqual([
        {
          title: 'All uploads sent',
          body: '1 document was received by the council. Nothing is waiting to be sent.',
        },
      ]);
    expect(JSON.stringify(await notificationsShown(page))).not.toMatch(/Leo|Hartley/);
    expect(problems).toEqual([]);
  });

  test('issue 4: a file dropped on the drop zone is queued; refused once, it needs attention until "Retry now" sends it', async () => {
    const { page, problems } = await hearth.signedIn('tom.reilly');
    await goTo(page, '#/upload');
    await page.getByLabel('Child', { exact: true }).selectOption({ label: 'Leo Hartley' });
    // Dropped, not chosen: a DataTransfer holding the file, as the browser makes for a real drop.
    const dropped = await page.evaluateHandle(
      ({ name, base64 }) => {
        const transfer = new DataTransfer();
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], name, { type: 'application/pdf' }));
        return transfer;
      },
      { name: report.name, base64: report.bytes.toString('base64') },
    );
    const zone = page.getByRole('button', { name: /^Document\b/ });
    await zone.dispatchEvent('dragenter', { dataTransfer: dropped });
    await zone.dispatchEvent('dragover', { dataTransfer: dropped });
    await zone.dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByTestId('chosen-files').getByText(report.name, { exact: true }).first().waitFor();

    // The gateway refuses the first create for good, as it would a file it cannot take.
    let refusals = 0;
    await page.route(
      (url) => url.pathname === '/api/v1/uploads',
      (route) => {
        if (route.request().method() !== 'POST' || refusals > 0) return route.continue();
        refusals += 1;
        return route.fulfill({
          status: 415,
          contentType: 'application/json',
          body: JSON.stringify({
            error: 'bad-request',
            message: 'The council could not take this file just now.',
          }),
        });
      },
    );
    await fillUploadDetails(page, {
      type: 'Support Plan',
      day: '1',
      month: '12',
      year: '2026',
      description: 'Support plan',
    });
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    await goTo(page, '#/queue');
    const title = 'Leo Hartley - Support plan - 01/12/2026';
    const item = page.getByTestId('queue-item').filter({ hasText: title });
    await item
      .getByText('Needs attention: The council could not take this file just now.')
      .waitFor({ timeout: 30_000 });
    // The bytes sent so far, as a progress bar named by the item (nothing went yet).
    const bar = item.getByRole('progressbar');
    expect(await bar.getAttribute('max')).toBe(String(report.bytes.length));
    expect(await bar.getAttribute('value')).toBe('0');
    // Needing attention, it is not retried by the clock: it waits for a reconnect or a person.
    await page.waitForTimeout(2_500);
    expect(refusals).toBe(1);
    expect(documentsTitled(hearth.gateway.dataDir, title)).toEqual([]);

    await item.getByRole('button', { name: /^Retry now/ }).click();
    await item.getByText('Social worker notified (Nadia Rahman)').waitFor({ timeout: 30_000 });
    expect(documentsTitled(hearth.gateway.dataDir, title)).toEqual([
      expect.objectContaining({ child_id: 'child-leo-hartley', file_sha256: report.sha256 }),
    ]);
    // The browser's own line about the 415 we made; nothing else went wrong.
    expect(problems).toEqual([
      'console: Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)',
    ]);
  });

  test('a web page named .pdf and an empty file are refused in plain words, and nothing entered is lost', async () => {
    const { page, problems } = await hearth.signedIn('tom.reilly');
    // Another home's child is not offered, even by address: the person is told and chooses.
    await goTo(page, '#/upload/child-maya-lindqvist');
    await page.getByText('That child is not placed in your home. Choose the child below.').waitFor();
    expect(await page.getByLabel('Child', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('option', { name: 'Maya Lindqvist' }).count()).toBe(0);
    await goTo(page, '#/upload');
    await page.getByRole('option', { name: 'Ruby Ashworth' }).waitFor({ state: 'attached' });
    await fillUploadForm(page, {
      child: 'Ruby Ashworth',
      files: [fixture('not-a-document.pdf'), fixture('empty.pdf')],
      type: 'Safety Plan',
      day: '3',
      month: '11',
      year: '2026',
    });
    await page.getByRole('button', { name: 'Add to upload queue' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'not-a-document.pdf is a web page (HTML), not a PDF, Word document (DOCX), JPEG image or PNG image. Only those can be uploaded: save or scan the document as a PDF and choose it again.',
      'empty.pdf: The file is empty. Choose the document again.',
    ]);
    await expect.poll(() => page.title()).toBe('Error: Upload a document – Hearth');
    // Nothing was queued, and everything entered is still there.
    expect(await outboxRows(page)).toEqual([]);
    expect(await page.getByLabel('Child', { exact: true }).inputValue()).toBe('child-ruby-ashworth');
    expect(await page.getByLabel('Type of document').inputValue()).toBe('safety-plan');
    expect([
      await page.getByLabel('Day').inputValue(),
      await page.getByLabel('Month').inputValue(),
      await page.getByLabel('Year').inputValue(),
    ]).toEqual(['3', '11', '2026']);
    expect(await page.getByLabel('No, I wrote it').isChecked()).toBe(true);
    expect(await page.getByTestId('chosen-files').locator('strong').allTextContents()).toEqual([
      'not-a-document.pdf',
      'empty.pdf',
    ]);

    // Each summary link leads to its file's "Remove" button; the refused files give way to a real PNG.
    await summary.getByRole('link').first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Remove not-a-document.pdf');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove empty.pdf' }).click();
    await page.locator('#upload-files-input').setInputFiles(fixture('body-map.png').path);
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    expect(await page.getByTestId('upload-saved').textContent()).toContain(
      'Ruby Ashworth - Safety Plan - 03/11/2026',
    );
    expect(problems).toEqual([]);
  });

  test('a read-only member of staff sees no upload form, and why', async () => {
    const { page } = await hearth.signedIn('sam.fletcher');
    await goTo(page, '#/upload');
    await page.getByRole('heading', { level: 1, name: 'You cannot upload documents' }).waitFor();
    expect(await page.getByTestId('upload-refusal').textContent()).toBe(
      'Only Registered Managers, Assistant Managers and Principal Residential Child Care Workers upload documents to children’s records (guidance 001). You can read the records of the children in your home.',
    );
    expect(await page.locator('input[type=file], #upload-files').count()).toBe(0);
  });

  test('a principal worker without all 9 modules is told which modules are missing (001)', async () => {
    const { page } = await hearth.signedIn('grace.adeyemi');
    await goTo(page, '#/upload');
    await page.getByRole('heading', { level: 1, name: 'You cannot upload documents' }).waitFor();
    expect(await page.getByTestId('upload-refusal').textContent()).toBe(
      'You can read records. To upload, complete training modules 7, 8, 9.',
    );
    expect(await page.getByTestId('upload-missing-modules').getByRole('listitem').allTextContents()).toEqual([
      'Module 7: Notifying the allocated social worker',
      'Module 8: Downloading documents and the shared drive',
      'Module 9: Confidential and restricted records',
    ]);
    expect(await page.locator('#upload-files').count()).toBe(0);
  });
});
