// Device enrolment and revocation in the app (issue 7 "Data at rest": "devices are enrolled to one
// home by a manager with a one-time code ... a revoked device's tokens stop working at once and it
// wipes its local data at its next contact"; 003: protected against unauthorised access). The real
// gateway with enrolment required, real Chromium with real IndexedDB. The manager works from the
// home's office PC (enrolled by IT, here straight in the gateway's table) over the API.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditPage, AuditVerification } from '../../shared/api/audit-review.ts';
import { NewEnrolmentCode } from '../../shared/api/devices.ts';
import { SignedIn } from '../../shared/api/session.ts';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { launchChromium, openPage } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { DEMO_PASSWORD, signIn } from './support/signed-in.ts';
import { documentsTitled, fillUploadForm, fixture, goTo } from './uploads-session.ts';
import { child, fullName, WCAG_22_AA } from './records-session.ts';

let gateway: TestGateway;
let browser: Browser;
const officePc = { id: randomUUID(), name: 'Larchfield office PC' };

beforeAll(async () => {
  gateway = await startTestGateway({ HEARTH_DEVICE_ENROLMENT: 'required' });
  browser = await launchChromium();
  const db = new Database(join(gateway.dataDir, DATABASE_FILE), { fileMustExist: true });
  try {
    db.prepare(
      'insert into enrolled_devices (id, home_id, name, enrolled_at, enrolled_by, revoked_at, revoked_by) values (?, ?, ?, ?, null, null, null)',
    ).run(officePc.id, 'home-larchfield', officePc.name, new Date().toISOString());
  } finally {
    db.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
});

const LEO = child('child-leo-hartley');
const SAM = 'staff-sam-fletcher';

/** Priya Shah, the registered manager, signed in on the office PC: her access token. */
async function managerToken(): Promise<string> {
  const answer = await fetch(`${gateway.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'priya.shah', password: DEMO_PASSWORD, device: officePc }),
  });
  return SignedIn.parse(await answer.json()).tokens.accessToken;
}

async function managerApi(method: string, path: string): Promise<unknown> {
  const answer = await fetch(`${gateway.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${await managerToken()}` },
  });
  return answer.json();
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

/** What Hearth keeps in this browser's IndexedDB: rows per table of its two databases. */
const keptHere = (page: Page) =>
  page.evaluate(async () => {
    const counts: Record<string, number> = {};
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    const tables: [string, string[]][] = [
      ['hearth', ['records', 'offlineSignIns', 'deviceSecrets', 'auditQueue']],
      ['hearth-outbox', ['items', 'chunks']],
    ];
    for (const [name, stores] of tables) {
      if (!names.includes(name)) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of stores) {
        if (!db.objectStoreNames.contains(store)) continue;
        counts[store] = await new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      }
      db.close();
    }
    return counts;
  });

/** The id this browser's Hearth made for itself (renderer/db/device-identity.ts). */
const thisComputerId = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('hearth');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const row = await new Promise<unknown>((resolve) => {
      const request = db.transaction('device').objectStore('device').get('this-device');
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return String(Reflect.get(Object(row), 'deviceId'));
  });

/** Types a code into "Enrol this computer" and waits for the sign-in screen. */
async function enrolWith(page: Page, code: string) {
  await page.getByLabel('Enrolment code').fill(code);
  await page.getByRole('button', { name: 'Enrol this computer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in to Hearth' }).waitFor();
}

describe('enrolment and revocation', () => {
  test('a manager enrols a computer with a code from Settings; revoked there, it wipes at its next contact and says why', async () => {
    // The manager's own computer: enrolled with a code she made on the office PC.
    const manager = await openPage(browser, `${gateway.url}/`);
    await manager.page.getByRole('heading', { level: 1, name: 'Enrol this computer' }).waitFor();
    const first = NewEnrolmentCode.parse(await managerApi('POST', '/api/v1/devices/enrolment-codes'));
    await enrolWith(manager.page, first.code.toLowerCase());
    await signIn(manager.page, 'priya.shah', 'Priya Shah');
    await manager.page.getByRole('link', { name: 'Settings', exact: true }).click();
    const computers = manager.page.getByTestId('home-computers-table');
    await computers.getByText('(this computer)').waitFor();
    expect(await computers.getByRole('rowheader', { name: 'Larchfield office PC' }).count()).toBe(1);

    // The new computer asks for a code before anything else.
    const { context, page, problems } = await openPage(browser, `${gateway.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Enrol this computer' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Signing in is not offered, and the gateway would refuse it anyway (gateway/routes/devices.test.ts).
    expect(await page.getByLabel('Password').count()).toBe(0);

    // A wrong code: the gateway's words, and still not enrolled.
    await page.getByLabel('Enrolment code').fill('AAAA-AAAA');
    await page.getByRole('button', { name: 'Enrol this computer' }).click();
    await page.getByRole('alert').getByText('The enrolment code is not right').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await manager.page.getByRole('button', { name: 'Make an enrolment code' }).click();
    const shown = await manager.page.getByTestId('enrolment-code').locator('strong').textContent();
    expect(shown).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await axeViolations(manager.page)).toEqual([]);
    await enrolWith(page, shown ?? '');

    await signIn(page, 'sam.fletcher', 'Sam Fletcher');
    await page.getByRole('link', { name: fullName(LEO) }).click();
    await page.getByTestId('person-summary').waitFor();
    const before = await keptHere(page);
    expect(before['records']).toBeGreaterThan(0);
    expect(before['offlineSignIns']).toBe(1);
    expect(before['deviceSecrets']).toBe(1);

    // The gateway's answers to this computer are read as they pass, from before the revocation: the
    // page reloads straight after the wipe, whichever contact brings the news.
    const refusals: string[] = [];
    await page.route('**/api/v1/**', async (route) => {
      const response = await route.fetch();
      if (response.status() === 401) refusals.push(await response.text());
      await route.fulfill({ response });
    });

    // The manager revokes it from Settings (back to the screen, so the list is fresh), confirming first.
    await manager.page.getByRole('link', { name: 'Children in Larchfield House' }).click();
    await manager.page.getByRole('link', { name: 'Settings', exact: true }).click();
    const newRow = computers
      .locator('tbody tr')
      .filter({ hasNotText: '(this computer)' })
      .filter({ hasNotText: 'Larchfield office PC' });
    await newRow.getByText('code from Priya Shah').waitFor();
    await newRow.getByRole('button', { name: /^Revoke/ }).click();
    await manager.page.getByTestId('revoke-confirm').waitFor();
    expect(await axeViolations(manager.page)).toEqual([]);
    await manager.page.getByRole('button', { name: 'Yes, revoke it' }).click();
    await newRow.getByText(/^Revoked .* by Priya Shah$/).waitFor();

    // Next contact: going back to the children list asks the gateway, which says device-revoked. A
    // contact of the app's own (its audit shipping, a token refresh) may come first on a busy machine:
    // then the page has already reloaded to say so, and there is no list to go back to.
    const removed = page.getByRole('heading', { level: 1, name: 'This computer was removed from Hearth' });
    const childrenLink = page.getByRole('link', { name: 'Children in Larchfield House' });
    if (await childrenLink.isVisible()) await childrenLink.click().catch(() => undefined);
    await removed.waitFor();
    expect(refusals.map((body) => JSON.parse(body).error)).toContain('device-revoked');
    expect(await page.getByTestId('wiped-unsent').textContent()).toBe(
      'Every document queued on this computer had already reached the council.',
    );
    const html = await page.evaluate(() => document.body.innerHTML);
    expect(html).not.toContain(LEO.mosaic_id);
    expect(html).not.toContain(LEO.last_name);
    expect(await axeViolations(page)).toEqual([]);

    // Nothing of before is left: no records, no saved sign-in, no key, no queued events or documents.
    const after = await keptHere(page);
    expect(after['records'] ?? 0).toBe(0);
    expect(after['offlineSignIns'] ?? 0).toBe(0);
    expect(after['deviceSecrets'] ?? 0).toBe(0);
    expect(after['auditQueue'] ?? 0).toBe(0);
    expect(after['items'] ?? 0).toBe(0);
    // To use it again, a manager must enrol it anew.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enrol this computer' }).waitFor();
    // The browser logs the refused code (400) and the revoked requests (401) as console errors.
    expect(problems.filter((p) => !/status of 40[01]/.test(p))).toEqual([]);
    expect(manager.problems).toEqual([]);
    await context.close();
    await manager.context.close();
  });

  test('documents the council had not received are wiped too, and the person is told how many', async () => {
    const { context, page } = await openPage(browser, `${gateway.url}/`);
    const made = NewEnrolmentCode.parse(await managerApi('POST', '/api/v1/devices/enrolment-codes'));
    await page.getByRole('heading', { level: 1, name: 'Enrol this computer' }).waitFor();
    await enrolWith(page, made.code);
    await signIn(page, 'priya.shah', 'Priya Shah');
    await goTo(page, '#/upload');
    await page.getByRole('option', { name: 'Kofi Mensah' }).waitFor({ state: 'attached' });

    // Queued with no connection: saved on this computer only.
    await context.setOffline(true);
    await page.getByTestId('upload-offline').waitFor();
    await fillUploadForm(page, {
      child: 'Kofi Mensah',
      files: [fixture('keyworker-report.pdf')],
      type: 'Incident form: Significant Incident',
      day: '20',
      month: '11',
      year: '2026',
    });
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    expect((await keptHere(page))['items']).toBe(1);

    // Revoked meanwhile (this computer's id, as the app keeps it); back online, the next contact wipes.
    const deviceId = await thisComputerId(page);
    await managerApi('POST', `/api/v1/devices/${deviceId}/revocation`);
    await context.setOffline(false);
    // The next contact is whichever comes first: the sync engine sending the queued document, or
    // this move to the children list (which may meet a page already reloading after the wipe).
    await goTo(page, '#/children').catch(() => undefined);
    await page.getByRole('heading', { level: 1, name: 'This computer was removed from Hearth' }).waitFor();
    expect(await page.getByTestId('wiped-unsent').textContent()).toBe(
      'Warning1 document waiting to be sent had not reached the council and was removed too. Tell your manager, and upload it again from another computer.',
    );
    expect((await keptHere(page))['items'] ?? 0).toBe(0);
    // The revoked computer could not send it: the council never received it.
    expect(
      documentsTitled(gateway.dataDir, 'Kofi Mensah - Incident form: Significant Incident - 20/11/2026'),
    ).toEqual([]);
    await context.close();
  });

  test('issue 7 ("a device keeps its events until the gateway has them"): views made offline before the revocation reach the manager’s audit, then it wipes', async () => {
    const { context, page } = await openPage(browser, `${gateway.url}/`);
    const made = NewEnrolmentCode.parse(await managerApi('POST', '/api/v1/devices/enrolment-codes'));
    await page.getByRole('heading', { level: 1, name: 'Enrol this computer' }).waitFor();
    await enrolWith(page, made.code);
    await signIn(page, 'sam.fletcher', 'Sam Fletcher');
    await page.getByRole('link', { name: fullName(LEO) }).click();
    await page.getByTestId('person-summary').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    // No connection: Sam reads Leo's record from the saved copy; the views wait on this computer.
    await context.setOffline(true);
    await goTo(page, '#/children');
    await page.getByRole('link', { name: fullName(LEO) }).click();
    await page.getByTestId('last-updated').getByText('Saved copy').waitFor();
    await expect.poll(async () => (await keptHere(page))['auditQueue'] ?? 0).toBeGreaterThanOrEqual(2);

    // Revoked meanwhile; back online, the next contact hears it: the last shipment, then the wipe.
    const deviceId = await thisComputerId(page);
    await managerApi('POST', `/api/v1/devices/${deviceId}/revocation`);
    await context.setOffline(false);
    await goTo(page, '#/children').catch(() => undefined);
    await page.getByRole('heading', { level: 1, name: 'This computer was removed from Hearth' }).waitFor();
    expect((await keptHere(page))['auditQueue'] ?? 0).toBe(0);

    // The manager's audit shows what Sam read offline, on that computer, in the order he read it.
    const page1 = AuditPage.parse(await managerApi('GET', `/api/v1/audit?staffId=${SAM}&limit=200`));
    const offline = page1.rows.filter((r) => r.offline).reverse(); // the list is newest first
    expect(offline.map((r) => [r.action, r.child?.id ?? null])).toEqual([
      ['list-children', null],
      ['view-summary', LEO.id],
    ]);
    expect(
      offline.every((r) => r.refusedReason === null && r.device?.startsWith('Hearth in a browser')),
    ).toBe(true);
    const shipped = AuditPage.parse(await managerApi('GET', '/api/v1/audit?action=device-final-audit'));
    expect(shipped.rows.map((r) => r.detail)).toContainEqual(expect.stringMatching(/^\d+ taken, 0 refused/));
    expect(AuditVerification.parse(await managerApi('GET', '/api/v1/audit/verify')).ok).toBe(true);
    await context.close();
  });

  test('revoked while Hearth was closed: it wipes at start, before anyone signs in', async () => {
    const { context, page } = await openPage(browser, `${gateway.url}/`);
    const made = NewEnrolmentCode.parse(await managerApi('POST', '/api/v1/devices/enrolment-codes'));
    await page.getByRole('heading', { level: 1, name: 'Enrol this computer' }).waitFor();
    await enrolWith(page, made.code);
    await signIn(page, 'sam.fletcher', 'Sam Fletcher');
    await page.getByRole('link', { name: fullName(LEO) }).click();
    await page.getByTestId('person-summary').waitFor();
    expect((await keptHere(page))['offlineSignIns']).toBe(1);

    // Closed (a reload ends the session: tokens live in memory only), revoked meanwhile, opened again.
    const deviceId = await thisComputerId(page);
    await page.goto('about:blank');
    await managerApi('POST', `/api/v1/devices/${deviceId}/revocation`);
    await page.goto(`${gateway.url}/`);
    await page.getByRole('heading', { level: 1, name: 'This computer was removed from Hearth' }).waitFor();
    const after = await keptHere(page);
    expect(after['records'] ?? 0).toBe(0);
    expect(after['offlineSignIns'] ?? 0).toBe(0);
    await context.close();
  });
});
