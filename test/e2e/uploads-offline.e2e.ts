// Queueing with no connection (issue 4; DOMAIN.md "Uploads": uploads survive no connectivity, wait
// on the device safely until they can be sent, and are sent once), in real Chromium against the
// real gateway and SMTP server. The status bar says offline and how many wait; sign-out warns that
// they wait; a reload keeps them; back online they reach the child's record once.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { DEMO_PASSWORD, submitCredentials } from './support/signed-in.ts';
import { startMailingGateway, type MailingGateway } from './outbox-gateway.ts';
import {
  documentsTitled,
  fillUploadForm,
  fixture,
  goTo,
  openHearth,
  outboxRows,
  SIGN_OUT,
  signInAs,
} from './uploads-session.ts';

let gateway: MailingGateway;
let browser: Browser;

beforeAll(async () => {
  gateway = await startMailingGateway();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
});

const report = fixture('keyworker-report.pdf');
const WARNING =
  '1 document is waiting to be sent. It is kept safely on this computer and will be sent when Hearth is next online.';

describe('uploading with no connection', () => {
  test('queued offline, warned at sign-out, kept over a reload, received once back online', async () => {
    const { page, context, problems } = await openHearth(browser, gateway.url);
    await signInAs(page, 'priya.shah');
    // The app's files must be kept by its service worker before a reload without a network.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await goTo(page, '#/upload');
    // Online once, so the home's children are saved on this computer for the offline form.
    await page.getByRole('option', { name: 'Kofi Mensah' }).waitFor({ state: 'attached' });

    await context.setOffline(true);
    const connection = page.getByTestId('sync-connection');
    const summary = page.getByTestId('sync-summary');
    await expect.poll(() => connection.textContent()).toBe('Offline');
    await page.getByTestId('upload-offline').waitFor();
    await fillUploadForm(page, {
      child: 'Kofi Mensah',
      files: [report],
      type: 'Incident form: Significant Incident',
      day: '20',
      month: '11',
      year: '2026',
    });
    const title = 'Kofi Mensah - Incident form: Significant Incident - 20/11/2026';
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    await expect.poll(() => summary.textContent()).toBe('1 document waiting to send');
    expect(await connection.textContent()).toBe('Offline');

    // Sign-out while it waits: the warning says it is kept and will be sent; staying keeps the session.
    await page.getByRole('button', { name: SIGN_OUT }).click();
    expect(await page.getByTestId('leave-warning').locator('.govuk-warning-text__text').textContent()).toBe(
      `Warning${WARNING}`,
    );
    await page.getByRole('button', { name: 'Stay signed in' }).click();
    await page.getByTestId('signed-in-as').waitFor();

    // A reload with no network: unlocked on this computer, the document is still waiting.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unlock Hearth' }).waitFor();
    await submitCredentials(page, 'priya.shah', DEMO_PASSWORD, 'Unlock');
    await page.getByTestId('signed-in-as').waitFor();
    await expect.poll(() => summary.textContent()).toBe('1 document waiting to send');
    expect(await connection.textContent()).toBe('Offline');
    await goTo(page, '#/queue');
    const item = page.getByTestId('queue-item').filter({ hasText: title });
    expect(await item.getByTestId('queue-item-state').textContent()).toBe('Waiting to send');
    expect(documentsTitled(gateway.dataDir, title)).toEqual([]);

    // Back online: the unlocked session has no token, but the item was signed in her name when it
    // was queued (issue 4), so it goes at once, without signing in again.
    await context.setOffline(false);
    await expect.poll(() => connection.textContent(), { timeout: 15_000 }).toBe('Online');
    await item.getByText('Social worker notified (James Whitlock)').waitFor({ timeout: 30_000 });
    await expect.poll(() => summary.textContent()).toBe('No documents waiting to send');

    // On the child's record once, with the bytes that were queued.
    expect(documentsTitled(gateway.dataDir, title)).toEqual([
      expect.objectContaining({
        child_id: 'child-kofi-mensah',
        file_sha256: report.sha256,
        author_name: null,
      }),
    ]);
    expect((await outboxRows(page)).map((row) => row.state)).toEqual(['notified']);
    // Chromium logs each request refused while offline; those are the point of this test, not faults.
    expect(problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
  test('a connection lost while Hearth refreshes its kept files leaves the offline app whole: a document is still saved', async () => {
    const { page, context, problems } = await openHearth(browser, gateway.url);
    await signInAs(page, 'priya.shah');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await goTo(page, '#/upload');
    await page.getByRole('option', { name: 'Kofi Mensah' }).waitFor({ state: 'attached' });
    const keptFiles = () =>
      page.evaluate(async () =>
        (await (await caches.open('hearth-app-v1')).keys()).map((r) => new URL(r.url).pathname).sort(),
      );
    const kept = await keptFiles();
    expect(kept.some((path) => /outbox-queue\.worker-[\w-]+\.js$/.test(path))).toBe(true);

    // Each connected start refreshes the kept build; the line drops while that is under way.
    await page.reload({ waitUntil: 'commit' });
    await context.setOffline(true);
    await page.getByRole('heading', { level: 1, name: 'Unlock Hearth' }).waitFor();
    // Started again with no connection: everything kept before is still there.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unlock Hearth' }).waitFor();
    expect(await keptFiles()).toEqual(kept);
    await submitCredentials(page, 'priya.shah', DEMO_PASSWORD, 'Unlock');
    await page.getByTestId('signed-in-as').waitFor();
    await goTo(page, '#/upload');
    await page.getByTestId('upload-offline').waitFor();
    await fillUploadForm(page, {
      child: 'Kofi Mensah',
      files: [report],
      type: 'Incident form: Significant Incident',
      day: '21',
      month: '11',
      year: '2026',
    });
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    await expect
      .poll(() => page.getByTestId('sync-summary').textContent())
      .toBe('1 document waiting to send');
    expect(problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
