// Syncing goes on while Hearth is locked (issue 7 "Sessions": "auto-lock after a set idle time ...
// and when the computer locks or sleeps (Electron powerMonitor through the bridge): child data
// leaves the screen and the DOM; unlocking needs the password; syncing goes on while locked"; 001:
// uploads wait on the device and are sent once, and the social worker is told of every upload).
// A manager queues an incident form with no connection; Hearth locks, once after 5 idle minutes
// (the browser host: a page has no signal for the computer's lock) and once on the computer's lock
// event delivered through the desktop bridge to the app's real Electron adapter; then the
// connection comes back. With the lock screen up the whole time, the document is filed by the real
// gateway once and the real SMTP server takes the social worker's email, and no child's name,
// Mosaic number or document title is in the page.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { openPage } from './support/chromium.ts';
import { fireSystemLock, installDesktopBridge } from './support/desktop-bridge.ts';
import { gatewayAudit } from './support/signed-in.ts';
import { liveHearth } from './support/live-hearth.ts';
import { child } from './records-session.ts';
import {
  documentsTitled,
  fillUploadForm,
  fixture,
  goTo,
  signInAs,
  whereUploadsStand,
} from './uploads-session.ts';

const hearth = liveHearth();
const KOFI = child('child-kofi-mensah');
const WORKER = 'james.whitlock@council.example';

/** Hearth in a fresh context with Playwright's clock (time flows; fastForward jumps it), signed in. */
async function openManager(desktop: boolean) {
  const opened = await openPage(hearth.browser, 'about:blank');
  if (desktop) await installDesktopBridge(opened.context);
  await opened.page.clock.install();
  await opened.page.goto(`${hearth.gateway.url}/`);
  await signInAs(opened.page, 'priya.shah');
  return opened;
}

/** Queues an incident form for Kofi with no connection: saved on this computer only. */
async function queueOffline(page: Page, day: string): Promise<string> {
  await goTo(page, '#/upload');
  await page.getByRole('option', { name: 'Kofi Mensah' }).waitFor({ state: 'attached' });
  await page.context().setOffline(true);
  await page.getByTestId('upload-offline').waitFor();
  await fillUploadForm(page, {
    child: 'Kofi Mensah',
    files: [fixture('keyworker-report.pdf')],
    type: 'Incident form: Significant Incident',
    day,
    month: '11',
    year: '2026',
  });
  await page.getByRole('button', { name: 'Add to upload queue' }).click();
  await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
  return `Kofi Mensah - Incident form: Significant Incident - ${day}/11/2026`;
}

/** The names the computers Priya signed in on gave the gateway. */
function devicesSignedIn(): string[] {
  const db = new Database(join(hearth.gateway.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const rows: unknown = db.prepare("select name from devices where staff_id = 'staff-priya-shah'").all();
    return z
      .array(z.object({ name: z.string() }))
      .parse(rows)
      .map((r) => r.name);
  } finally {
    db.close();
  }
}

const lockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Hearth is locked' });

/** Nothing about a child in the page: their names, Mosaic number, or the document's title. */
async function childDataInPage(page: Page, title: string): Promise<string[]> {
  const html = await page.evaluate(() => document.body.innerHTML);
  return [KOFI.first_name, KOFI.last_name, KOFI.mosaic_id, title].filter((text) => html.includes(text));
}

/** Back online with the lock screen up: the item is filed once and its worker emailed, still locked. */
async function sentWhileLocked(page: Page, title: string): Promise<void> {
  expect(await childDataInPage(page, title)).toEqual([]);
  expect(documentsTitled(hearth.gateway.dataDir, title)).toEqual([]);
  await page.context().setOffline(false);
  try {
    await expect.poll(() => hearth.mailsAbout(WORKER, title).length, { timeout: 45_000 }).toBe(1);
  } catch (error) {
    throw new Error(`${String(error)}\n${await whereUploadsStand(page, hearth.gateway.dataDir)}`, {
      cause: error,
    });
  }
  expect(documentsTitled(hearth.gateway.dataDir, title)).toHaveLength(1);
  expect(hearth.mailsAbout(WORKER, title)[0]?.text).toContain('Priya Shah');
  // Still locked, and still nothing about the child, while it was sent and told.
  expect(await lockHeading(page).count()).toBe(1);
  expect(await childDataInPage(page, title)).toEqual([]);
}

describe('uploads go on while Hearth is locked (issue 7 "Sessions"; 001)', () => {
  test('issue 7, 001: locked after 5 idle minutes, the queued incident form still reaches the gateway and the social worker is emailed', async () => {
    const { context, page } = await openManager(false);
    const title = await queueOffline(page, '18');
    await page.clock.fastForward('05:05');
    await lockHeading(page).waitFor();
    await sentWhileLocked(page, title);
    await context.close();
  }, 120_000);

  test('issue 7: the computer’s lock event through the desktop bridge locks Hearth; the form is still sent and told while locked', async () => {
    const { context, page } = await openManager(true);
    // The app chose its Electron adapter: it signed in as the desktop app (device-identity.ts).
    expect(devicesSignedIn()).toContain('Hearth desktop (linux)');
    const title = await queueOffline(page, '19');
    expect(await lockHeading(page).count()).toBe(0);
    await fireSystemLock(page, 'lock-screen');
    await lockHeading(page).waitFor();
    await sentWhileLocked(page, title);
    // The lock is audited with its cause, against Priya, from the desktop app (001).
    await expect
      .poll(() => gatewayAudit(hearth.gateway.dataDir).filter((r) => r.action === 'lock'), {
        timeout: 20_000,
      })
      .toContainEqual(expect.objectContaining({ detail: 'lock-screen', staff_id: 'staff-priya-shah' }));
    await context.close();
  }, 120_000);
});
