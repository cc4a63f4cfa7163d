// 001: "All entries, enquiries and records viewed are digitally logged against each staff
// member's account". Each list, search and screen view of a record is an audit event recorded on
// the device, handed to the gateway, and kept there against the person (DOMAIN.md "Audit").
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAllChains } from '../../gateway/audit/chain.ts';
import { openDatabase } from '../../gateway/db/connection.ts';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { gatewayAudit } from './support/signed-in.ts';
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

describe('audit of what a person looked at', () => {
  test('list, search, summary, documents, case notes and each filter: one device event each, online', async () => {
    const leo = child('child-leo-hartley');
    const { context, page } = await openSignedIn(browser, gateway.url, 'sam.fletcher');
    await page.getByTestId('children-table').waitFor();
    const field = page.getByLabel('Search by name or Mosaic reference number');
    await field.fill('hartley');
    await field.press('Enter');
    await page.getByTestId('search-result').waitFor();
    await page.getByRole('link', { name: fullName(leo) }).click();
    await page.getByTestId('person-summary').waitFor();
    await page.getByRole('link', { name: 'Documents' }).click();
    await page.getByTestId('documents-table').waitFor();
    await page.getByRole('link', { name: 'Case notes' }).click();
    await page.getByTestId('notes-count').waitFor();
    await page.getByLabel('Type of case note').selectOption('home-visit');
    await page.getByRole('button', { name: 'Show notes' }).click();
    await page.getByRole('heading', { name: 'Home visit notes' }).waitFor();
    // Back to the summary: a second view is a second event.
    await page.getByRole('link', { name: 'Person summary' }).click();
    await page.getByTestId('person-summary').waitFor();

    const deviceEvents = () =>
      gatewayAudit(gateway.dataDir)
        .filter((r) => r.source === 'device')
        .map((r) => `${r.action} ${r.child_id ?? '-'} ${r.detail ?? '-'} offline=${r.offline}`)
        .sort();
    const expected = [
      'list-children - - offline=0',
      'search-children - hartley offline=0',
      `view-summary ${leo.id} - offline=0`,
      `view-documents ${leo.id} - offline=0`,
      `view-case-notes ${leo.id} all offline=0`,
      `view-case-notes ${leo.id} home-visit offline=0`,
      `view-summary ${leo.id} - offline=0`,
    ].sort();
    await expect.poll(deviceEvents, { timeout: 15_000 }).toEqual(expected);
    // Every event is against Sam's own account, from one device.
    const rows = gatewayAudit(gateway.dataDir).filter((r) => r.source === 'device');
    expect(new Set(rows.map((r) => r.staff_id)).size).toBe(1);
    expect(rows.every((r) => r.device_id !== null)).toBe(true);
    // Issue 7: they arrived as one unbroken chain for Sam on this device, beside the gateway's own.
    const db = openDatabase(gateway.dataDir);
    try {
      const report = await verifyAllChains(db);
      expect(report.chains.map((c) => [c.ok, c.ok && c.headMatches])).toEqual([
        [true, true],
        [true, true],
      ]);
      expect(report.chains.find((c) => c.chainId !== 'gateway')).toMatchObject({ length: 7 });
    } finally {
      await db.destroy();
    }
    await context.close();
  });
});
