// A group upload made offline (issue 8; guidance 004 "The Group allows you to select which children
// the information should be recorded on"), in real Chromium against the real gateway and SMTP
// server. The Mensah group has four children; Kofi, Efua and Ama are placed at Larchfield House,
// Yaw at Harbour View. Offline, Priya queues ONE document for Kofi and Ama: 2 of the 3 siblings
// offered in the home (Efua is offered and left unticked; Yaw is never offered). Back online it is
// on exactly those two records, once each, with the group marker; their one allocated worker gets
// one email naming both; Efua's worker and Yaw's get nothing. 0 axe violations.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { DEMO_PASSWORD, submitCredentials } from './support/signed-in.ts';
import { startMailingGateway, type MailingGateway } from './outbox-gateway.ts';
import { axeViolations } from './records-session.ts';
import {
  documentsTitled,
  fillUploadForm,
  fixture,
  goTo,
  openHearth,
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

const plan = fixture('keyworker-report.pdf');
const TITLE = 'Mensah, Mensah-Clarke BN12 6RD - Support Plan - 20/11/2026';

describe('a group document queued offline', () => {
  test('for 2 of the 3 siblings offered: on exactly those two records once each, and only their worker told', async () => {
    const { page, context, problems } = await openHearth(browser, gateway.url);
    await signInAs(page, 'priya.shah');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await goTo(page, '#/upload');
    // Online once: the children and Kofi's summary (with his group) are saved on this computer.
    await page.getByLabel('Child', { exact: true }).selectOption({ label: 'Kofi Mensah' });
    const field = page.getByTestId('group-members-field');
    await field.waitFor();

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('sync-connection').textContent()).toBe('Offline');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unlock Hearth' }).waitFor();
    await submitCredentials(page, 'priya.shah', DEMO_PASSWORD, 'Unlock');
    await page.getByTestId('signed-in-as').waitFor();
    await goTo(page, '#/upload');
    await page.getByRole('option', { name: 'Kofi Mensah' }).waitFor({ state: 'attached' });
    await fillUploadForm(page, {
      child: 'Kofi Mensah',
      files: [plan],
      type: 'Support Plan',
      day: '20',
      month: '11',
      year: '2026',
    });
    // Only the siblings placed in this home are offered, oldest first: Efua and Ama, never Yaw.
    await field.waitFor();
    expect(await field.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.id))).toEqual([
      'upload-also-for-child-efua-mensah',
      'upload-also-for-child-ama-mensah-clarke',
    ]);
    expect(await field.textContent()).not.toContain('Yaw');
    // 004: "select only the relevant two children": Ama is ticked, Efua is not.
    await field.getByLabel('Ama Mensah-Clarke').check();
    expect(await field.getByLabel('Efua Mensah').isChecked()).toBe(false);
    // 004: the title now names the group ("Name of the child/family").
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    expect(documentsTitled(gateway.dataDir, TITLE)).toEqual([]);

    // Back online: the one item, signed in her name when it was queued (issue 4), is sent as it is.
    await context.setOffline(false);
    await expect
      .poll(() => page.getByTestId('sync-connection').textContent(), { timeout: 15_000 })
      .toBe('Online');
    await goTo(page, '#/queue');
    const item = page.getByTestId('queue-item').filter({ hasText: TITLE });
    await item.getByText('Social worker notified (James Whitlock)').waitFor({ timeout: 30_000 });
    expect(await item.getByText('Mensah, Mensah-Clarke BN12 6RD (2 children)').count()).toBe(1);

    // Exactly the two chosen records, once each, with the bytes that were queued; not Efua's (offered,
    // not chosen), not Yaw's (placed elsewhere).
    const stored = documentsTitled(gateway.dataDir, TITLE);
    expect(stored.map((d) => d.child_id).sort()).toEqual(['child-ama-mensah-clarke', 'child-kofi-mensah']);
    expect(stored.every((d) => d.file_sha256 === plan.sha256)).toBe(true);

    // The right worker, once, naming both children; Efua's worker (Nadia Rahman) and Yaw's (Carla
    // Mendes) are not told about it.
    await expect
      .poll(() => gateway.smtp.messages.filter((m) => m.text.includes(`Title: ${TITLE}`)).length, {
        timeout: 15_000,
      })
      .toBe(1);
    const [mail] = gateway.smtp.messages.filter((m) => m.text.includes(`Title: ${TITLE}`));
    expect(mail?.to).toEqual(['james.whitlock@council.example']);
    expect(mail?.text).toContain(
      'Kofi Mensah (Mosaic ref. 4107732); Ama Mensah-Clarke (Mosaic ref. 4107745)',
    );
    expect(gateway.smtp.messages.some((m) => m.to.includes('carla.mendes@council.example'))).toBe(false);
    const aboutIt = gateway.smtp.messages.filter((m) => m.text.includes(TITLE));
    expect(aboutIt.flatMap((m) => m.to)).toEqual(['james.whitlock@council.example']);
    expect(aboutIt.some((m) => m.text.includes('Efua') || m.text.includes('4107761'))).toBe(false);

    // 004: the group marker on each chosen member's own documents, read from the council's copy: the
    // unlocked session reads only what is saved here, so she signs in online again.
    await page.getByRole('button', { name: SIGN_OUT }).click();
    await signInAs(page, 'priya.shah');
    await goTo(page, '#/children/child-ama-mensah-clarke/documents');
    const row = page.getByTestId('documents-table').locator('tr', { hasText: TITLE });
    expect(await row.getByTestId('group-marker').textContent()).toBe(
      'Group document: Mensah, Mensah-Clarke BN12 6RD',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
