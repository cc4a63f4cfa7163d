// What the download e2e files share (issue 6): Kofi's documents as the gateway holds them, the
// download log, the documents screen signed in, the saved-row count, keyboard steps and the text of a
// downloaded file. Reads of the gateway's database are parsed from unknown like any other boundary.
import Database from 'better-sqlite3';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { z } from 'zod';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { openFileStore } from '../../gateway/files/store.ts';
import { pdfText } from '../../gateway/testing/pdf-text.ts';
import { englandDate } from '../../shared/domain/access.ts';
import { child, openSignedIn } from './records-session.ts';
import { gatewayAudit } from './support/signed-in.ts';

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

export { rowsAboutChildren, savedRows } from './support/saved-rows.ts';
import { savedRows } from './support/saved-rows.ts';

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

/**
 * The saved-row count once the device has stopped keeping copies: the sync contact keeps the home's
 * offline copies in the background (issue 6), so a count read too early would still be growing.
 * Settled when neither the rows nor the gateway's offline-copy log moved for 1.5 seconds.
 */
export async function settledRows(page: Page, dataDir: string): Promise<number> {
  const copiesLogged = () => gatewayAudit(dataDir).filter((r) => r.action === 'offline-copy').length;
  let last = { rows: -1, copies: -1 };
  for (let i = 0; i < 40; i += 1) {
    const now = { rows: await savedRows(page), copies: copiesLogged() };
    if (now.rows === last.rows && now.copies === last.copies) return now.rows;
    last = now;
    await page.waitForTimeout(1500);
  }
  throw new Error('the device never stopped saving rows');
}

/**
 * The council records a newer care plan for Kofi (completed today, recorded now), whose PDF says
 * `text`, as Mosaic would: a new row copied from his current plan, with its own file.
 */
export async function addNewerCarePlan(
  dataDir: string,
  text: string,
): Promise<{ id: string; title: string }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf
    .addPage()
    .drawText(`${text}, Mosaic reference number ${kofi.mosaic_id}`, { x: 40, y: 700, size: 11, font });
  const stored = openFileStore(dataDir).put(await pdf.save());
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    const current = z
      .record(z.string(), z.unknown())
      .parse(
        db.prepare("select * from documents where child_id = ? and type = 'cla-care-plan'").get(kofi.id),
      );
    const today = englandDate(new Date());
    const newer = {
      ...current,
      id: `doc-kofi-care-plan-${Date.now()}`,
      title: `Kofi Mensah - Child Looked After Care Plan - ${today.split('-').reverse().join('/')}`,
      completed_on: today,
      file_sha256: stored.sha256,
      file_size: stored.size,
      recorded_at: new Date().toISOString(),
    };
    const columns = Object.keys(newer);
    db.prepare(
      `insert into documents (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
    ).run(newer);
    return { id: newer.id, title: newer.title };
  } finally {
    db.close();
  }
}
