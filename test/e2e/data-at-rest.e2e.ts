// Data at rest (issue 7; DOMAIN.md "Data protection (003)": what Hearth keeps on a device is
// encrypted). Real Chromium with a profile folder the test owns, against the real gateway. Before
// the scan the profile holds everything Hearth saves: the children list, summaries, a 2,000-note
// case notes list, a group page, offline copies of documents, an outbox item (a PDF whose text is a
// known marker, stored uncompressed so it would show if kept in the clear) and audit events made
// offline (one of them a search for a child's surname). With the browser closed (LevelDB flushed),
// none of the names, Mosaic numbers, the document's text, a case note's words or the group's
// name is in any file of the folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHILDREN } from '../../gateway/seed/children.ts';
import { kofiDocument } from './downloads-session.ts';
import { caseNotesFromGateway } from './records-session.ts';
import { startTestGateway, WEB_ROOT, type TestGateway } from './support/gateway.ts';
import { plainTextPdf } from './support/plain-text-pdf.ts';
import { scanFolder } from './support/profile-scan.ts';
import { signIn } from './support/signed-in.ts';
import { fillUploadForm, goTo, outboxRows } from './uploads-session.ts';

const LEO = 'child-leo-hartley';
const KOFI = 'child-kofi-mensah';
const PDF_MARKER = 'HEARTH-PLAINTEXT-MARKER-7Q4Z keyworker wrote this';
const GROUP_NAME = 'Mensah, Mensah-Clarke BN12 6RD';

let gateway: TestGateway;
const folders: string[] = [];

beforeAll(async () => {
  gateway = await startTestGateway();
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Rows in one of Hearth's IndexedDB stores, and how many of them are about one child. */
function rowsIn(page: Page, database: string, store: string) {
  return page.evaluate(
    ([name, table]) =>
      new Promise<{ all: number; aboutAChild: number }>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(table).objectStore(table).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const rows: unknown[] = all.result;
            const tagged = rows.filter((r) => Boolean(Reflect.get(Object(r), 'childTag'))).length;
            open.result.close();
            resolve({ all: rows.length, aboutAChild: tagged });
          };
        };
      }),
    [database, store] as const,
  );
}

describe('003: nothing Hearth keeps on the device is in the profile folder in plain text', () => {
  test('003: with records, case notes, a group page, offline document copies, an outbox PDF and audit events saved, the profile holds none of their words', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-profile-'));
    const files = await mkdtemp(join(tmpdir(), 'hearth-files-'));
    folders.push(dir, files);
    const pdf = plainTextPdf(PDF_MARKER);
    // The marker is in the file's bytes as it is (so a copy in the clear would be found) and it opens.
    expect(pdf.includes(Buffer.from(PDF_MARKER))).toBe(true);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    const pdfPath = join(files, 'report.pdf');
    await writeFile(pdfPath, pdf);

    const context = await chromium.launchPersistentContext(dir, {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    await page.goto(`${gateway.url}/`);
    await signIn(page, 'priya.shah', 'Priya Shah');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    // Online: Leo's summary and 2,000 case notes; Kofi's documents (offline copies) and group page.
    await goTo(page, `#/children/${LEO}/case-notes`);
    await page.locator('.hearth-virtual-list__row').first().waitFor();
    await goTo(page, `#/children/${KOFI}/documents`);
    await page.getByTestId('documents-table').waitFor();
    await goTo(page, `#/children/${KOFI}/group`);
    await page.getByTestId('group-page').waitFor();
    // Leo's summary and notes, Kofi's summary, documents list and group page, and an offline copy.
    await expect
      .poll(async () => (await rowsIn(page, 'hearth', 'records')).aboutAChild, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(6);

    // Offline: a report for Kofi queued, a search for Leo's surname and his summary read from the device.
    await goTo(page, '#/upload');
    await page.getByRole('option', { name: 'Kofi Mensah' }).waitFor({ state: 'attached' });
    await context.setOffline(true);
    await page.getByTestId('upload-offline').waitFor();
    await fillUploadForm(page, {
      child: 'Kofi Mensah',
      files: [{ name: 'report.pdf', path: pdfPath, bytes: pdf, sha256: '' }],
      type: 'Incident form: Significant Incident',
      day: '20',
      month: '11',
      year: '2026',
    });
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    await goTo(page, '#/children');
    await page.getByLabel('Search by name or Mosaic reference number').fill('Hartley');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'Leo Hartley' }).click();
    await page.getByTestId('child-mosaic-id').getByText('4021876').waitFor();
    expect((await outboxRows(page)).map((row) => row.state)).toEqual(['queued']);
    // The offline views wait on the device for the gateway: the search among them.
    await expect.poll(async () => (await rowsIn(page, 'hearth', 'auditQueue')).all).toBeGreaterThanOrEqual(2);
    await context.close();

    const note = (await caseNotesFromGateway(gateway.url, 'priya.shah', LEO))[0];
    if (!note) throw new Error('Leo has no case notes to look for');
    const markers = [
      ...CHILDREN.filter((c) => c.home_id === 'home-larchfield').flatMap((c) => [
        `${c.first_name} ${c.last_name}`,
        c.last_name,
        c.mosaic_id,
      ]),
      PDF_MARKER,
      'HEARTH-PLAINTEXT-MARKER',
      note.body.slice(0, 40),
      GROUP_NAME,
      'BN12 6RD',
      kofiDocument(gateway.dataDir, 'cla-care-plan').title,
    ];
    const scan = await scanFolder(dir, [...markers, 'home-larchfield'], WEB_ROOT);
    // The scan does read IndexedDB: the cache rows' home id is stored as it is, and is found.
    expect(scan.hits.filter((h) => h.marker === 'home-larchfield').length).toBeGreaterThan(0);
    expect(scan.hits.filter((h) => h.marker !== 'home-larchfield')).toEqual([]);
    expect(scan.filesRead).toBeGreaterThan(20);
  });
});
