/**
 * What the Regulation 40 and keyworker report e2e tests share (beyond support/live-hearth.ts): moving
 * by Tab alone to a named control, the stored PDF of a document read back with pdf.js from the
 * gateway's file store, and the documents an uploader put on a child's record. Named forms-*.ts
 * (not .e2e.ts) so Vitest does not run it as a test.
 */
import type { Page } from 'playwright-core';
import { openFileStore } from '../../gateway/files/store.ts';
import { pdfText } from '../support/pdf-text.ts';
import { documentsTitled } from './uploads-session.ts';

/** The accessible name of the focused element: its label's text, as a screen reader would start. */
const focusedLabel = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return '';
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return (label?.textContent ?? el.textContent ?? '').trim();
  });

/** Presses Tab (and only Tab) until the control labelled `label` has the focus; fails after `limit` presses. */
export async function tabTo(page: Page, label: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedLabel(page)) === label) return;
  }
  throw new Error(`"${label}" was not reached with ${limit} presses of Tab`);
}

/** The documents `uploader` put on the record under `title` (seeded documents have no uploader). */
export const uploadedBy = (dataDir: string, title: string, uploader: string) =>
  documentsTitled(dataDir, title).filter((d) => d.uploader_name === uploader);

/** The stored PDF's text, wrapped lines joined, read from the gateway's own file store. */
export async function storedPdfText(dataDir: string, sha256: string): Promise<string> {
  const bytes = await openFileStore(dataDir).read(sha256);
  return (await pdfText(bytes)).text.replace(/\s+/g, ' ');
}
