// Views made offline reach the gateway in chain order once the connection is back (issue 7 "Proof":
// "offline events reach the gateway in order after reconnect"; DOMAIN.md "Audit": "a device keeps
// its events until the gateway has them", and "a tampered log must be detectable"; 001: every
// enquiry and record viewed is logged against the person's account). Real Chromium with real
// IndexedDB, the real gateway; the events are checked the way a manager sees them: the gateway's
// audit API (newest first) and its verification, which walks each chain in the order the gateway
// stored it, so an event stored out of order would show as a break.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditPage, AuditVerification } from '../../shared/api/audit-review.ts';
import { SignedIn } from '../../shared/api/session.ts';
import { newDevice } from '../../gateway/testing/client.ts';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { DEMO_PASSWORD, gatewayAudit } from './support/signed-in.ts';
import { child, fullName, openSignedIn } from './records-session.ts';

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

const leo = child('child-leo-hartley');
const kofi = child('child-kofi-mensah');
const SAM = 'staff-sam-fletcher';

const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** Priya Shah, Larchfield's registered manager, asks the gateway's audit API as the audit screen does. */
async function asManager(path: string): Promise<unknown> {
  const signedIn = await fetch(`${gateway.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'priya.shah', password: DEMO_PASSWORD, device: newDevice('Office PC') }),
  });
  const token = SignedIn.parse(await signedIn.json()).tokens.accessToken;
  const answer = await fetch(`${gateway.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return answer.json();
}

/** Sam's events on this browser as the manager's audit lists them, oldest first: what, about whom, offline. */
async function samsEvents(): Promise<string[]> {
  const page = AuditPage.parse(await asManager(`/api/v1/audit?staffId=${SAM}&limit=200`));
  return page.rows
    .filter((r) => r.device?.startsWith('Hearth in a browser'))
    .reverse()
    .map((r) => `${r.action} ${r.child?.id ?? '-'} ${r.detail ?? '-'}${r.offline ? ' offline' : ''}`);
}

/** Audit events waiting in this browser's Hearth database. */
const queuedHere = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('auditQueue').objectStore('auditQueue').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );

describe('offline audit events after the connection comes back (issue 7)', () => {
  test('issue 7, 001: what Sam read offline reaches the manager’s audit in the order he read it, and the chain verifies', async () => {
    const { context, page } = await openSignedIn(browser, gateway.url, 'sam.fletcher');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // Online first: the screens are saved on this computer for reading offline.
    for (const c of [kofi, leo]) {
      await goTo(page, `#/children/${c.id}`);
      await page.getByTestId('person-summary').getByText(c.mosaic_id).waitFor();
    }
    await goTo(page, `#/children/${leo.id}/case-notes`);
    await page.getByTestId('notes-count').waitFor();
    await goTo(page, `#/children/${leo.id}/documents`);
    await page.getByTestId('documents-table').waitFor();
    await expect.poll(() => queuedHere(page), { timeout: 15_000 }).toBe(0);
    const offlineOnes = async () => (await samsEvents()).filter((e) => e.endsWith(' offline'));
    expect(await offlineOnes()).toEqual([]);

    // No connection: a list, a search and four record screens, read from the saved copies.
    await context.setOffline(true);
    await goTo(page, '#/children');
    await page.getByTestId('last-updated').waitFor();
    const field = page.getByLabel('Search by name or Mosaic reference number');
    await field.fill('mensah');
    await field.press('Enter');
    await page.getByTestId('search-result').waitFor();
    await page.getByRole('link', { name: fullName(kofi) }).click();
    await page.getByTestId('person-summary').getByText(kofi.mosaic_id).waitFor();
    await goTo(page, `#/children/${leo.id}`);
    await page.getByTestId('person-summary').getByText(leo.mosaic_id).waitFor();
    await goTo(page, `#/children/${leo.id}/case-notes`);
    await page.getByTestId('notes-count').waitFor();
    await goTo(page, `#/children/${leo.id}/documents`);
    await page.getByTestId('documents-table').waitFor();
    // Kept on this computer, none at the gateway yet.
    await expect.poll(() => queuedHere(page)).toBe(6);
    expect(await offlineOnes()).toEqual([]);

    // The connection comes back: nothing else is done, and the queue empties into the gateway.
    await context.setOffline(false);
    await expect.poll(() => queuedHere(page), { timeout: 30_000 }).toBe(0);
    expect(await offlineOnes()).toEqual([
      'list-children - - offline',
      'search-children - mensah offline',
      `view-summary ${kofi.id} - offline`,
      `view-summary ${leo.id} - offline`,
      `view-case-notes ${leo.id} all offline`,
      `view-documents ${leo.id} - offline`,
    ]);
    // One unbroken chain for Sam on this browser, stored in its order, ending at the head kept.
    const verified = AuditVerification.parse(await asManager('/api/v1/audit/verify'));
    expect(verified.ok).toBe(true);
    const sams = verified.chains.filter((c) => c.label.startsWith('Sam Fletcher'));
    // Its length is every event Sam's Hearth recorded here, online and offline (the gateway's own
    // events of his reads are in the gateway's chain).
    const recordedHere = gatewayAudit(gateway.dataDir).filter(
      (r) => r.source === 'device' && r.staff_id === SAM,
    ).length;
    expect(recordedHere).toBeGreaterThan(6);
    expect(sams).toEqual([expect.objectContaining({ ok: true, length: recordedHere, firstBroken: null })]);
    await context.close();
  });
});
