// The read-only viewer and the offline copy (issue 6), against the real gateway in real Chromium with
// real IndexedDB: a care plan viewed online opens offline from the encrypted copy, which is replaced
// when the council's copy changes and removed when the child leaves the home (003). Copies are kept
// at each sync contact for every child of the home, the newest of each permitted type only (README:
// "The newest document of each of the seven permitted types is kept"): a care plan opens offline
// without its documents list having been opened online, and a newer care plan takes the older one's
// place on the device.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { openFileStore } from '../../gateway/files/store.ts';
import { englandDate } from '../../shared/domain/access.ts';
import { cspViolations, launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { DEMO_PASSWORD, gatewayAudit, submitCredentials } from './support/signed-in.ts';
import { axeViolations, focused, keyboardWalk } from './records-session.ts';
import {
  addNewerCarePlan,
  goTo,
  kofi,
  kofiDocument,
  openKofisDocuments,
  rowOf,
  rowsAboutChildren,
  savedRows,
  settledRows,
  tabTo,
} from './downloads-session.ts';
import { openSignedIn } from './records-session.ts';
import type { Page } from 'playwright-core';

/** Kofi's permitted documents in the demo data: one of each of the seven types. */
const KOFIS_COPIES = 7;

const copiesOf = (dataDir: string, childId: string) =>
  gatewayAudit(dataDir).filter((r) => r.action === 'offline-copy' && r.child_id === childId);

/** Cuts the network, reloads (the service worker serves the app) and unlocks as Priya. */
async function offlineAndUnlocked(page: Page): Promise<void> {
  // The app's files must be kept by the service worker before a reload without a network.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.context().setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Unlock Hearth' }).waitFor();
  await submitCredentials(page, 'priya.shah', DEMO_PASSWORD, 'Unlock');
  await page.getByTestId('signed-in-as').getByText('Priya Shah').waitFor();
}

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

describe('the read-only viewer and the offline copy', () => {
  test('a care plan opens in the viewer, then opens again offline from the encrypted copy', async () => {
    const { context, page, problems } = await openKofisDocuments(browser, gateway.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const plan = kofiDocument(gateway.dataDir, 'cla-care-plan');

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
    const review = kofiDocument(gateway.dataDir, 'chronology');
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
    await page.getByTestId('signed-in-as').getByText('Priya Shah').waitFor();
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
    const { context, page } = await openKofisDocuments(browser, gateway.url);
    const plan = kofiDocument(gateway.dataDir, 'cla-delegated-authority');
    const view = () =>
      rowOf(page, plan.title).getByRole('button', { name: `View ${plan.title}`, exact: true });
    await view().click();
    await page.getByTestId('viewer-page').first().waitFor();
    await page.getByRole('button', { name: 'Close the document' }).click();
    const rows = await settledRows(page, gateway.dataDir);

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

  test('at the sync contact, the newest permitted documents are kept: a pathway plan opens offline though Kofi’s documents were never opened online', async () => {
    // Online, only Kofi's summary is opened: not his documents list.
    const before = copiesOf(gateway.dataDir, kofi.id).length;
    const { context, page, problems } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await goTo(page, `#/children/${kofi.id}`);
    await page.getByTestId('person-summary').waitFor();
    // The sign-in was a sync contact: his 7 permitted documents are kept, each logged as an offline copy.
    await expect
      .poll(() => copiesOf(gateway.dataDir, kofi.id).length, { timeout: 30_000 })
      .toBe(before + KOFIS_COPIES);
    await settledRows(page, gateway.dataDir);

    await offlineAndUnlocked(page);
    await goTo(page, `#/children/${kofi.id}/documents`);
    // The list offline is what was kept: the newest of each permitted type.
    await page.getByTestId('documents-table').waitFor();
    expect(await page.getByTestId('documents-table').locator('tbody tr').count()).toBe(KOFIS_COPIES);
    const plan = kofiDocument(gateway.dataDir, 'cla-pathway-plan');
    await rowOf(page, plan.title)
      .getByRole('button', { name: `View ${plan.title}`, exact: true })
      .click();
    await page.getByTestId('viewer-offline').waitFor();
    expect(await page.getByTestId('viewer-page').first().textContent()).toContain(
      `Mosaic reference number: ${kofi.mosaic_id}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });

  test('a newer care plan replaces the older copy at the next sync contact, and opens offline in its place', async () => {
    const { context, page, problems } = await openKofisDocuments(browser, gateway.url);
    const older = kofiDocument(gateway.dataDir, 'cla-care-plan');
    const rows = await settledRows(page, gateway.dataDir);

    // The council records a newer care plan; the app comes back online (a sync contact).
    const newer = await addNewerCarePlan(gateway.dataDir, 'Newer care plan agreed at the review');
    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('sync-connection').textContent()).toBe('Offline');
    await context.setOffline(false);
    await expect
      .poll(() => copiesOf(gateway.dataDir, kofi.id).filter((r) => r.detail === newer.id), {
        timeout: 30_000,
      })
      .toHaveLength(1);
    // Kept in the older one's place: not one row more on the device.
    expect(await settledRows(page, gateway.dataDir)).toBe(rows);

    await offlineAndUnlocked(page);
    await goTo(page, `#/children/${kofi.id}/documents`);
    await page.getByTestId('documents-table').waitFor();
    // The newer plan is listed offline (the saved list predates it) and opens from this computer.
    await rowOf(page, newer.title)
      .getByRole('button', { name: `View ${newer.title}`, exact: true })
      .click();
    await page.getByTestId('viewer-offline').waitFor();
    expect(await page.getByTestId('viewer-page').first().textContent()).toContain(
      'Newer care plan agreed at the review',
    );
    await page.getByRole('button', { name: 'Close the document' }).click();
    // The older copy is gone from this computer (003: no more than the home needs).
    await rowOf(page, older.title)
      .getByRole('button', { name: `View ${older.title}`, exact: true })
      .click();
    await page.getByText('This document is not saved on this computer.').waitFor();
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });

  test('003: the saved copy is removed when the child leaves the home', async () => {
    const { context, page } = await openKofisDocuments(browser, gateway.url);
    await settledRows(page, gateway.dataDir);
    const before = await rowsAboutChildren(page);

    // Kofi's placement ends today; the next children list removes everything saved about him.
    const db = new Database(join(gateway.dataDir, DATABASE_FILE));
    db.prepare('update children set placement_end = ? where id = ?').run(englandDate(new Date()), kofi.id);
    db.close();
    await goTo(page, '#/children');
    await page.getByTestId('children-table').waitFor();
    // His summary, documents list, his 7 kept documents and their list go; the other children's stay.
    await expect
      .poll(() => rowsAboutChildren(page), { timeout: 10_000 })
      .toBe(before - (2 + KOFIS_COPIES + 1));
    await context.close();
  });
});
