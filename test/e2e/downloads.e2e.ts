// Downloads, the in-app viewer and the offline copy (issue 6; guidance 001 "Downloading documents
// from Mosaic"), against the real gateway in real Chromium with real IndexedDB. In the browser build
// "Save to the shared drive" is an ordinary download named by the home's pattern: the file's name
// and its stamp are checked by extracting its text with pdf.js. A non-permitted document downloads
// after a discussion with the social worker is recorded; a care plan viewed online opens offline
// from the encrypted copy; every screen has 0 axe violations and is used by keyboard alone.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { openFileStore } from '../../gateway/files/store.ts';
import { englandDate } from '../../shared/domain/access.ts';
import { cspViolations, launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { DEMO_PASSWORD, gatewayAudit, submitCredentials } from './support/signed-in.ts';
import { axeViolations, child, focused, keyboardWalk, openSignedIn } from './records-session.ts';
import { pdfText } from '../../gateway/testing/pdf-text.ts';

let gateway: TestGateway;
let browser: Browser;

beforeAll(async () => {
  gateway = await startTestGateway();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
});

const kofi = child('child-kofi-mensah');
const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const ukToday = () => englandDate(new Date()).split('-').reverse().join('/');

/** The gateway's row for one of Kofi's documents, by type: the ground truth for names. */
function kofiDocument(type: string): { id: string; title: string; completed_on: string } {
  const db = new Database(join(gateway.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const row: unknown = db
      .prepare('select id, title, completed_on from documents where child_id = ? and type = ?')
      .get(kofi.id, type);
    if (!row || typeof row !== 'object') throw new Error(`Kofi has no ${type}`);
    return row as { id: string; title: string; completed_on: string };
  } finally {
    db.close();
  }
}

function downloadsLogged(): { document_id: string; basis: string; file_name: string }[] {
  const db = new Database(join(gateway.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('select document_id, basis, file_name from downloads').all() as {
      document_id: string;
      basis: string;
      file_name: string;
    }[];
  } finally {
    db.close();
  }
}

async function openKofisDocuments(username = 'priya.shah') {
  const opened = await openSignedIn(browser, gateway.url, username);
  await goTo(opened.page, `#/children/${kofi.id}/documents`);
  await opened.page.getByTestId('documents-table').waitFor();
  return opened;
}

/** Rows in Hearth's encrypted record cache (records and saved documents), counted in the page. */
function savedRows(page: Page): Promise<number> {
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

const rowOf = (page: Page, title: string) => page.getByRole('row').filter({ hasText: title });

/** The focused element's whole text (a button's name includes its document's title). */
const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** Presses Tab until the focused element's text is `text`; fails after 200 presses. */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Tab never reached ${text}; last was ${await focusedText(page)}`);
}

async function stampedText(download: Download): Promise<string[]> {
  const path = await download.path();
  return pdfText(new Uint8Array(await readFile(path)));
}

describe('downloading from the browser build', () => {
  test('a care plan downloads by keyboard, named by the home’s pattern and stamped on every page', async () => {
    const { context, page, problems } = await openKofisDocuments();
    const plan = kofiDocument('cla-care-plan');
    const name = `${plan.completed_on} ${plan.title.replaceAll('/', '-')}.pdf`;
    expect(await axeViolations(page)).toEqual([]);
    // WCAG 2.1.1 and 2.4.7: every View and Download button is reached by Tab, visibly focused.
    const walk = await keyboardWalk(page);
    expect(walk.unreached).toEqual([]);
    expect(walk.invisible).toEqual([]);

    // Keyboard only: Tab to the care plan's Download button and press Enter.
    const downloaded = page.waitForEvent('download');
    await tabTo(page, `Download ${plan.title}`);
    await page.keyboard.press('Enter');
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(name);
    const pages = await stampedText(download);
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) {
      expect(text).toContain(`Downloaded by Priya Shah on ${ukToday()} from Mosaic. OFFICIAL-SENSITIVE`);
      expect(text).toContain(`Mosaic reference number: ${kofi.mosaic_id}`);
    }
    await page.getByTestId('download-outcome').getByText(`Saved as ${name}`).waitFor();
    // The device reports what it saved and the SHA-256 of those bytes, and the gateway keeps it.
    const sha = createHash('sha256')
      .update(await readFile(await download.path()))
      .digest('hex');
    await expect
      .poll(() => gatewayAudit(gateway.dataDir).filter((r) => r.action === 'download-saved'), {
        timeout: 15_000,
      })
      .toEqual([
        expect.objectContaining({
          source: 'device',
          child_id: kofi.id,
          detail: `sha256:${sha} file:${name}`,
        }),
      ]);
    expect(downloadsLogged()).toContainEqual({
      document_id: plan.id,
      basis: 'permitted-type',
      file_name: `Mensah, Kofi (${kofi.mosaic_id})/Child Looked After Care Plan/${name}`,
    });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a placement plan downloads once a discussion with the social worker is recorded, by keyboard', async () => {
    const { context, page, problems } = await openKofisDocuments();
    const plan = kofiDocument('placement-plan');
    // Not one of the seven: no plain Download button, only "Discuss, then download".
    expect(
      await rowOf(page, plan.title)
        .getByRole('button', { name: `Download ${plan.title}`, exact: true })
        .count(),
    ).toBe(0);
    await tabTo(page, `Discuss, then download ${plan.title}`);
    await page.keyboard.press('Enter');
    await page.getByTestId('discussion-form').waitFor();
    expect(await focused(page)).toBe('#discussion-heading');
    // The allocated worker is proposed (001: "discussed with the allocated social worker").
    expect(await page.getByLabel('Who did you discuss it with?').inputValue()).toBe('James Whitlock');

    // Sent with no reason: the error summary takes focus and names the field.
    await tabTo(page, 'Record the discussion and download');
    await page.keyboard.press('Enter');
    await page.locator('.govuk-error-summary').getByText('Say why the home needs this document').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Say why the home needs this document (at least 10 characters)');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('#discussion-why');
    await page.keyboard.type('The school needs the placement plan for the PEP meeting on Friday.');

    const downloaded = page.waitForEvent('download');
    await tabTo(page, 'Record the discussion and download');
    await page.keyboard.press('Enter');
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`${plan.completed_on} ${plan.title.replaceAll('/', '-')}.pdf`);
    expect((await stampedText(download))[0]).toContain(`Mosaic reference number: ${kofi.mosaic_id}`);
    expect(downloadsLogged()).toContainEqual(
      expect.objectContaining({ document_id: plan.id, basis: 'discussed-with-social-worker' }),
    );
    expect(gatewayAudit(gateway.dataDir)).toContainEqual(
      expect.objectContaining({
        action: 'discussion-recorded',
        child_id: kofi.id,
        detail: `document:${plan.id} with James Whitlock (Allocated social worker)`,
      }),
    );
    // Focus went back to the document's row; now it shows a plain Download button.
    await rowOf(page, plan.title)
      .getByRole('button', { name: `Download ${plan.title}`, exact: true })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a scanned image is shown as it is, and downloads as a stamped PDF', async () => {
    // The council holds Kofi's referral as a scan from a copier (a PNG).
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
      (c) => c.charCodeAt(0),
    );
    const stored = openFileStore(gateway.dataDir).put(png);
    const referral = kofiDocument('referral-information');
    const db = new Database(join(gateway.dataDir, DATABASE_FILE));
    db.prepare(
      "update documents set file_sha256 = ?, file_size = ?, mime_type = 'image/png' where id = ?",
    ).run(stored.sha256, stored.size, referral.id);
    db.close();

    const { context, page, problems } = await openKofisDocuments();
    await rowOf(page, referral.title)
      .getByRole('button', { name: `View ${referral.title}`, exact: true })
      .click();
    await page.getByRole('img', { name: `Scanned document: ${referral.title}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close the document' }).click();

    const downloaded = page.waitForEvent('download');
    await rowOf(page, referral.title)
      .getByRole('button', { name: `Download ${referral.title}`, exact: true })
      .click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(
      `${referral.completed_on} ${referral.title.replaceAll('/', '-')}.pdf`,
    );
    const pages = await stampedText(download);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(`Downloaded by Priya Shah on ${ukToday()} from Mosaic. OFFICIAL-SENSITIVE`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('read-only staff view documents but are offered no download', async () => {
    const { context, page } = await openKofisDocuments('sam.fletcher');
    const plan = kofiDocument('cla-care-plan');
    await rowOf(page, plan.title)
      .getByRole('button', { name: `View ${plan.title}`, exact: true })
      .waitFor();
    expect(await page.getByRole('button', { name: /^Download/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Discuss/ }).count()).toBe(0);
    await context.close();
  });
});

describe('the read-only viewer and the offline copy', () => {
  test('a care plan opens in the viewer, then opens again offline from the encrypted copy', async () => {
    const { context, page, problems } = await openKofisDocuments();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const plan = kofiDocument('cla-care-plan');

    await tabTo(page, `View ${plan.title}`);
    await page.keyboard.press('Enter');
    const viewer = page.getByTestId('document-viewer');
    await viewer.getByTestId('viewer-page').first().waitFor();
    expect(await focused(page)).toBe('#viewer-heading');
    expect(await viewer.getByTestId('viewer-page').first().textContent()).toContain(
      `Mosaic reference number: ${kofi.mosaic_id}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    // pdf.js runs under the strict CSP: no eval, its worker from the app's own files.
    expect(await cspViolations(page)).toEqual([]);
    const walk = await keyboardWalk(page);
    expect(walk.unreached).toEqual([]);
    expect(walk.invisible).toEqual([]);
    await tabTo(page, 'Close the document');
    await page.keyboard.press('Enter');
    await page.getByTestId('documents-table').waitFor();
    expect(await focused(page)).toBe(`#view-${plan.id}`);
    // The gateway logged the view (001: every view is an audit event).
    expect(gatewayAudit(gateway.dataDir)).toContainEqual(
      expect.objectContaining({
        action: 'view-document',
        child_id: kofi.id,
        detail: plan.id,
        source: 'gateway',
      }),
    );

    // Offline: reload without a network, unlock, and open the same care plan from this computer.
    // The app's files must be kept by the service worker before a reload without a network.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unlock Hearth' }).waitFor();
    await submitCredentials(page, 'priya.shah', DEMO_PASSWORD, 'Unlock');
    await page.getByTestId('signed-in-as').getByText('Priya Shah').waitFor();
    await goTo(page, `#/children/${kofi.id}/documents`);
    await page.getByTestId('documents-table').waitFor();
    await rowOf(page, plan.title)
      .getByRole('button', { name: `View ${plan.title}`, exact: true })
      .click();
    await viewer.getByTestId('viewer-offline').waitFor();
    expect(await viewer.getByTestId('viewer-page').first().textContent()).toContain(
      `Mosaic reference number: ${kofi.mosaic_id}`,
    );
    // Offline, nothing can be downloaded: the buttons are not offered.
    await viewer.getByRole('button', { name: 'Close the document' }).click();
    expect(await page.getByRole('button', { name: /^Download/ }).count()).toBe(0);
    // A document that is not one of the permitted ones is not kept on this computer (003), and the
    // viewer says so.
    const review = kofiDocument('chronology');
    await rowOf(page, review.title)
      .getByRole('button', { name: `View ${review.title}`, exact: true })
      .click();
    await viewer.getByText('This document is not saved on this computer.').waitFor();
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);

    // Back online, the offline view reaches the gateway, marked offline (001: every view is logged).
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.context().setOffline(false);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Hearth' }).waitFor({ timeout: 40_000 });
    await submitCredentials(page, 'priya.shah', DEMO_PASSWORD);
    await expect
      .poll(
        () =>
          gatewayAudit(gateway.dataDir).filter(
            (r) => r.action === 'view-document' && r.source === 'device' && r.offline === 1,
          ),
        { timeout: 15_000 },
      )
      .toEqual([expect.objectContaining({ child_id: kofi.id, detail: plan.id })]);
    await context.close();
  });

  test('the saved copy is replaced when the council’s copy changes', async () => {
    const { context, page } = await openKofisDocuments();
    const plan = kofiDocument('cla-delegated-authority');
    const view = () =>
      rowOf(page, plan.title).getByRole('button', { name: `View ${plan.title}`, exact: true });
    await view().click();
    await page.getByTestId('viewer-page').first().waitFor();
    await page.getByRole('button', { name: 'Close the document' }).click();
    const rows = await savedRows(page);

    // The council records a new version of the form (new bytes, recorded later).
    const revised = await PDFDocument.create();
    const font = await revised.embedFont(StandardFonts.Helvetica);
    revised
      .addPage()
      .drawText(`Revised delegated authority form, Mosaic reference number ${kofi.mosaic_id}`, {
        x: 40,
        y: 700,
        size: 11,
        font,
      });
    const stored = openFileStore(gateway.dataDir).put(await revised.save());
    const db = new Database(join(gateway.dataDir, DATABASE_FILE));
    db.prepare('update documents set file_sha256 = ?, file_size = ?, recorded_at = ? where id = ?').run(
      stored.sha256,
      stored.size,
      new Date().toISOString(),
      plan.id,
    );
    db.close();

    // The list comes in again and the document is opened: the new version, kept in place of the old.
    await goTo(page, `#/children/${kofi.id}`);
    await page.getByTestId('person-summary').waitFor();
    await goTo(page, `#/children/${kofi.id}/documents`);
    await view().click();
    await page
      .getByTestId('viewer-page')
      .first()
      .getByText('Revised delegated authority form', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Close the document' }).click();
    expect(await savedRows(page)).toBe(rows);

    // Offline, the saved copy is the new version.
    // The app's files must be kept by the service worker before a reload without a network.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unlock Hearth' }).waitFor();
    await submitCredentials(page, 'priya.shah', DEMO_PASSWORD, 'Unlock');
    await page.getByTestId('signed-in-as').getByText('Priya Shah').waitFor();
    await goTo(page, `#/children/${kofi.id}/documents`);
    await view().click();
    await page.getByTestId('viewer-offline').waitFor();
    expect(await page.getByTestId('viewer-page').first().textContent()).toContain(
      'Revised delegated authority form',
    );
    await context.close();
  });

  test('the newest permitted documents are kept for offline reading without being opened', async () => {
    const { context, page } = await openKofisDocuments();
    // The children list, the home's hard copies to mark (the nav's count), Kofi's summary and
    // documents list, and his 7 permitted documents.
    await expect.poll(() => savedRows(page), { timeout: 15_000 }).toBe(4 + 7);
    const copies = gatewayAudit(gateway.dataDir).filter(
      (r) => r.action === 'offline-copy' && r.child_id === kofi.id,
    );
    expect(copies.length).toBeGreaterThanOrEqual(7);

    // The app's files must be kept by the service worker before a reload without a network.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unlock Hearth' }).waitFor();
    await submitCredentials(page, 'priya.shah', DEMO_PASSWORD, 'Unlock');
    await page.getByTestId('signed-in-as').getByText('Priya Shah').waitFor();
    await goTo(page, `#/children/${kofi.id}/documents`);
    const plan = kofiDocument('cla-pathway-plan');
    await rowOf(page, plan.title)
      .getByRole('button', { name: `View ${plan.title}`, exact: true })
      .click();
    await page.getByTestId('viewer-offline').waitFor();
    expect(await page.getByTestId('viewer-page').first().textContent()).toContain(
      `Mosaic reference number: ${kofi.mosaic_id}`,
    );
    await context.close();
  });

  test('003: the saved copy is removed when the child leaves the home', async () => {
    const { context, page } = await openKofisDocuments();
    // The children list, the home's hard copies to mark (the nav's count), Kofi's summary and
    // documents list, and his 7 permitted documents.
    await expect.poll(() => savedRows(page), { timeout: 15_000 }).toBe(4 + 7);

    // Kofi's placement ends today; the next children list removes everything saved about him.
    const db = new Database(join(gateway.dataDir, DATABASE_FILE));
    db.prepare('update children set placement_end = ? where id = ?').run(englandDate(new Date()), kofi.id);
    db.close();
    await goTo(page, '#/children');
    await page.getByTestId('children-table').waitFor();
    // His summary, documents list and documents go; only the home's lists stay.
    await expect.poll(() => savedRows(page), { timeout: 10_000 }).toBe(2);
    await context.close();
  });
});

describe('the home’s download settings', () => {
  test('a manager sees the pattern with an example, a bad pattern is refused, a good one saved', async () => {
    const { context, page, problems } = await openSignedIn(browser, gateway.url, 'tom.reilly');
    await goTo(page, '#/settings');
    const section = page.getByTestId('download-settings');
    await section.waitFor();
    await page.getByTestId('pattern-example').getByText('Smith, Alex (1234567)/').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const walk = await keyboardWalk(page);
    expect(walk.unreached).toEqual([]);
    expect(walk.invisible).toEqual([]);

    const field = page.getByLabel('File-name pattern');
    await field.fill('../{title}.pdf');
    await section.getByRole('button', { name: 'Save download settings' }).click();
    await page.locator('.govuk-error-summary').getByText('would leave or repeat the folder').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await field.fill('{mosaicNumber}/{title}.pdf');
    await page
      .getByTestId('pattern-example')
      .getByText('1234567/Alex Smith - Child Looked After Care Plan - 31-10-2026.pdf')
      .waitFor();
    await section.getByRole('button', { name: 'Save download settings' }).click();
    await section.getByText('Saved. The next download is named by this pattern.').waitFor();
    await section.getByText('Last changed by Tom Reilly').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
