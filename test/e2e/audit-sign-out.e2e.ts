// Views and searches made just before signing out still reach the gateway, under the person who made
// them (001: "All entries, enquiries and records viewed are digitally logged against each staff
// member's account"; DOMAIN.md "Audit": a device keeps its events until the gateway has them). On a
// busy computer the device writes its events one after another; a sign-out while some were still
// waiting to be written once dropped them, because by their turn nobody was signed in to record
// them for. Real Chromium with real IndexedDB, the real sign-in and the real gateway's database.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { gatewayAudit } from './support/signed-in.ts';
import { openHarness, signInAs } from './outbox-session.ts';

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

const SEARCHES = 40;

describe('signing out straight after looking things up', () => {
  test('001: every search made before the sign-out is on the gateway, against the person, when sign-out ends', async () => {
    const opened = await openHarness(browser, gateway.url);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h, n) => h.searchThenSignOut('hartley', n), SEARCHES);

    // Sign-out sends what was looked at in the session before the tokens go: nothing waits for a
    // next sign-in, which may be days away or on another computer.
    const searches = gatewayAudit(gateway.dataDir)
      .filter(
        (r) => r.source === 'device' && r.action === 'search-children' && r.detail?.startsWith('hartley '),
      )
      .map((r) => ({ staff: r.staff_id, detail: r.detail }));
    expect(searches.map((s) => s.detail).sort()).toEqual(
      Array.from({ length: SEARCHES }, (_, i) => `hartley ${i}`).sort(),
    );
    expect(new Set(searches.map((s) => s.staff))).toEqual(new Set([staffId]));
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });
});
