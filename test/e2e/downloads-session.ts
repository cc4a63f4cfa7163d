// What the download e2e files share (issue 6): Kofi's documents as the gateway holds them, the
// download log, the documents screen signed in, the saved-row count, keyboard steps and the text of a
// downloaded file. Reads of the gateway's database are parsed from unknown like any other boundary.
import Database from 'better-sqlite3';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { z } from 'zod';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { pdfText } from '../../gateway/testing/pdf-text.ts';
import { englandDate } from '../../shared/domain/access.ts';
import { child, openSignedIn } from './records-session.ts';

export const kofi = child('child-kofi-mensah');
export const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
export const ukToday = () => englandDate(new Date()).split('-').reverse().join('/');

const DocumentRow = z.object({ id: z.string(), title: z.string(), completed_on: z.string() });
const DownloadRow = z.object({
  document_id: z.string(),
  basis: z.string(),
  file_name: z.string(),
  sha256: z.string(),
  saved_as: z.string().nullable(),
  saved_sha256: z.string().nullable(),
});

/** The gateway's row for one of Kofi's documents, by type: the ground truth for names. */
export function kofiDocument(dataDir: string, type: string): z.infer<typeof DocumentRow> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const row: unknown = db
      .prepare('select id, title, completed_on from documents where child_id = ? and type = ?')
      .get(kofi.id, type);
    if (row === undefined) throw new Error(`Kofi has no ${type}`);
    return DocumentRow.parse(row);
  } finally {
    db.close();
  }
}

export function downloadsLogged(dataDir: string): z.infer<typeof DownloadRow>[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const rows: unknown = db
      .prepare('select document_id, basis, file_name, sha256, saved_as, saved_sha256 from downloads')
      .all();
    return z.array(DownloadRow).parse(rows);
  } finally {
    db.close();
  }
}

export async function openKofisDocuments(browser: Browser, gatewayUrl: string, username = 'priya.shah') {
  const opened = await openSignedIn(browser, gatewayUrl, username);
  await goTo(opened.page, `#/children/${kofi.id}/documents`);
  await opened.page.getByTestId('documents-table').waitFor();
  return opened;
}

/** Rows in Hearth's encrypted record cache (records and saved documents), counted in the page. */
export function savedRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('records').objectStore('records').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

export const rowOf = (page: Page, title: string) => page.getByRole('row').filter({ hasText: title });

/** The focused element's whole text (a button's name includes its document's title). */
export const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** Presses Tab until the focused element's text is `text`; fails after 200 presses. */
export async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Tab never reached ${text}; last was ${await focusedText(page)}`);
}

export async function stampedText(download: Download): Promise<string[]> {
  const path = await download.path();
  return pdfText(new Uint8Array(await readFile(path)));
}
