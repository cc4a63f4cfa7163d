// When a child leaves the home (issue 7 "Minimisation and retention"; DOMAIN.md "Data protection
// (003)": what a device keeps is "removed when no longer needed (a child leaves the home)"), in real
// Chromium against the real gateway and SMTP server. Kofi's record is read and saved on the device,
// a report is queued for him offline, then his placement ends in the gateway's SQLite. Back online,
// with nobody opening the children list, the sync contact forgets his saved record (summary,
// documents, offline copies, case notes, group page) while the report queued before he left is
// still sent, filed once, and his social worker told.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { englandDate } from '../../shared/domain/access.ts';
import { launchChromium } from './support/chromium.ts';
import { setPlacementEnd } from './support/signed-in.ts';
import { settledRows } from './downloads-session.ts';
import { savedRowCounts } from './support/saved-rows.ts';
import { startMailingGateway, type MailingGateway } from './outbox-gateway.ts';
import { documentsTitled, fillUploadForm, fixture, goTo, openHearth, signInAs } from './uploads-session.ts';

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

const KOFI = 'child-kofi-mensah';
const DAY_MS = 24 * 60 * 60 * 1000;

describe('003: a child who leaves is forgotten by the device at the next sync contact', () => {
  test('Kofi’s saved record goes without anyone opening the children list; the report queued for him before he left is still sent', async () => {
    const { page, context, problems } = await openHearth(browser, gateway.url);
    // The device's clock says yesterday, so the report is queued on a day Kofi was still placed.
    const yesterday = new Date(Date.now() - DAY_MS);
    await page.clock.install({ time: yesterday });
    await page.reload();
    await signInAs(page, 'priya.shah');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    // Kofi's summary, documents (with their offline copies), case notes and group page are saved.
    await goTo(page, `#/children/${KOFI}`);
    await page.getByTestId('child-mosaic-id').getByText('4107732').waitFor();
    await goTo(page, `#/children/${KOFI}/documents`);
    await page.getByTestId('documents-table').waitFor();
    await goTo(page, `#/children/${KOFI}/case-notes`);
    await page.locator('.hearth-virtual-list__row').first().waitFor();
    await goTo(page, `#/children/${KOFI}/group`);
    await page.getByTestId('group-page').waitFor();
    // Summary, documents list, case notes, group page, and at least one offline copy of a document.
    await expect
      .poll(async () => (await savedRowCounts(page)).aboutAChild, { timeout: 15_000 })
      .toBeGreaterThan(4);
    // The sync contact keeps every child's offline copies in the background (issue 6): count once done.
    await settledRows(page, gateway.dataDir);
    const aboutChildrenBefore = (await savedRowCounts(page)).aboutAChild;

    // Offline: a report for Kofi waits in the outbox.
    await goTo(page, '#/upload');
    await page.getByRole('option', { name: 'Kofi Mensah' }).waitFor({ state: 'attached' });
    await context.setOffline(true);
    await page.getByTestId('upload-offline').waitFor();
    const completed = new Date(yesterday.getTime() - 2 * DAY_MS);
    const [year, month, day] = englandDate(completed).split('-');
    await fillUploadForm(page, {
      child: 'Kofi Mensah',
      files: [fixture('keyworker-report.pdf')],
      type: 'Incident form: Significant Incident',
      day: day ?? '',
      month: month ?? '',
      year: year ?? '',
    });
    const title = `Kofi Mensah - Incident form: Significant Incident - ${day}/${month}/${year}`;
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();

    // Kofi leaves the home today (the council's record changes) while the computer is offline.
    setPlacementEnd(gateway.dataDir, KOFI, englandDate(new Date()));
    await page.clock.setSystemTime(new Date());

    // Back online, on the queue screen: nobody opens the children list.
    await goTo(page, '#/queue');
    await context.setOffline(false);
    const item = page.getByTestId('queue-item').filter({ hasText: title });
    await item.getByText('Social worker notified (James Whitlock)').waitFor({ timeout: 30_000 });
    // Kofi's 4 saved screens, his 7 kept documents and their list go; the other children's stay.
    await expect
      .poll(async () => (await savedRowCounts(page)).aboutAChild, { timeout: 15_000 })
      .toBe(aboutChildrenBefore - (4 + 7 + 1));

    // The report reached Kofi's record once, after he left.
    expect(documentsTitled(gateway.dataDir, title)).toEqual([expect.objectContaining({ child_id: KOFI })]);
    expect(await item.getByTestId('queue-item-state').textContent()).not.toBe('Needs attention');
    expect(problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
