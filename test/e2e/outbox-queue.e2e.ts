// The outbox on the device, in real Chromium with real IndexedDB, against the real gateway for
// sign-in. DOMAIN.md "Uploads": uploads must survive no connectivity: they wait on the device,
// safely, until they can be sent. "Data protection" (003): what a device keeps is encrypted.
// Issue 4: "saved on this computer" only after the transaction committed; a quota error is shown
// plainly and leaves nothing half-written; the main thread's longest task ≤ 50 ms while queueing 25 MB.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sealedSizeOf } from '../../shared/api/sealed-upload.ts';
import { cspViolations, launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import {
  enqueueDocument,
  metaFor,
  openHarness,
  pdfDocument,
  rawOutboxSearch,
  signInAs,
} from './outbox-session.ts';

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

describe('outbox on this computer', () => {
  test('a document queued offline is still there after a reload, and no plain byte, title or child is readable on disk', async () => {
    const doc = pdfDocument('keyworker-october.pdf', 300_000);
    const opened = await openHarness(browser, gateway.url, [doc]);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.context.setOffline(true);
    const meta = metaFor(doc, staffId);
    const outboxId = await enqueueDocument(opened.harness, doc, meta);

    // Reloaded without a connection: the page comes back signed out, the document does not go away.
    const harness = await opened.reload();
    const items = await harness.evaluate((h) => h.listItems());
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      outboxId,
      state: 'queued',
      uploaderStaffId: staffId,
      size: doc.bytes.length,
      attempts: 0,
      meta: { title: meta.title, childId: 'child-leo-hartley', sha256: doc.sha256 },
    });

    // At rest: no run of the file's bytes, and no title, child, or file name in any row.
    const middle = [...doc.bytes.subarray(150_000, 150_032)];
    const raw = await rawOutboxSearch(opened.page, {
      text: [meta.title, 'child-leo-hartley', doc.name, doc.sha256],
      bytes: [middle, [...doc.bytes.subarray(0, 40)]],
    });
    expect(raw).toEqual({ items: 1, chunks: 1, chunkBytes: sealedSizeOf(doc.bytes.length), found: [] });
    // The crypto worker ran under the app's Content Security Policy without a violation.
    expect(await cspViolations(opened.page)).toEqual([]);
    await opened.context.close();
  });

  test('the live list follows queueing and cancelling; a document never sent can be cancelled', async () => {
    const doc = pdfDocument('safety-plan.pdf', 2_500_000);
    const opened = await openHarness(browser, gateway.url, [doc]);
    const staffId = await signInAs(opened.harness, 'tom.reilly');
    await opened.context.setOffline(true);
    const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));
    // observeItems hears of the new item without being asked (Dexie's storagemutated, from the worker).
    await expect
      .poll(() => opened.harness.evaluate((h) => h.observedItems().map((i) => i.outboxId)))
      .toEqual([outboxId]);
    expect(await rawOutboxSearch(opened.page, { text: [], bytes: [] })).toMatchObject({
      items: 1,
      chunkBytes: sealedSizeOf(doc.bytes.length),
    });
    const cancelled = await opened.harness.evaluate((h, id) => h.cancel(id), outboxId);
    expect(cancelled).toEqual({ ok: true, value: undefined });
    expect(await rawOutboxSearch(opened.page, { text: [], bytes: [] })).toMatchObject({
      items: 0,
      chunks: 0,
    });
    await expect.poll(() => opened.harness.evaluate((h) => h.observedItems().length)).toBe(0);
    await opened.context.close();
  });

  test('a full disk is said plainly and leaves nothing half-written', async () => {
    const opened = await openHarness(browser, gateway.url);
    const cdp = await opened.context.newCDPSession(opened.page);
    // What this origin may store, in bytes: room for a small document, not for a 12 MB one.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: gateway.url, quotaSize: 6 * 1024 * 1024 });
    const staffId = await signInAs(opened.harness, 'priya.shah');
    const meta = { ...metaFor(pdfDocument('scan.pdf', 100), staffId), fileName: 'scan.pdf' };

    // A document already waiting must come through the refusal untouched.
    await opened.harness.evaluate((h) => h.makeFile(1024 * 1024));
    const small = await opened.harness.evaluate((h, m) => h.enqueueMade(m), meta);
    expect(small.result.ok).toBe(true);

    await opened.harness.evaluate((h) => h.makeFile(12 * 1024 * 1024));
    const { result } = await opened.harness.evaluate((h, m) => h.enqueueMade(m), meta);
    expect(result).toMatchObject({ ok: false, error: 'quota' });
    expect(result.ok ? '' : result.message).toMatch(/not enough storage space on this computer.*not saved/);
    // One transaction for the item and its chunks: the refused one left no row and no chunk.
    expect(await rawOutboxSearch(opened.page, { text: [], bytes: [] })).toMatchObject({
      items: 1,
      chunkBytes: sealedSizeOf(1024 * 1024),
    });
    const items = await opened.harness.evaluate((h) => h.listItems());
    expect(items.map((i) => [i.size, i.state])).toEqual([[1024 * 1024, 'queued']]);
    await opened.context.close();
  });

  test('queueing 25 MB keeps the page responsive: no main-thread task over 50 ms', async () => {
    const opened = await openHarness(browser, gateway.url);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.context.setOffline(true);
    await opened.harness.evaluate((h) => h.makeFile(25 * 1024 * 1024));
    const meta = { ...metaFor(pdfDocument('scan.pdf', 100), staffId), fileName: 'scan-25mb.pdf' };
    const { result, longestTaskMs } = await opened.harness.evaluate((h, m) => h.enqueueMade(m), meta);
    expect(result.ok).toBe(true);
    expect(longestTaskMs).toBeLessThanOrEqual(50);
    expect(await rawOutboxSearch(opened.page, { text: [], bytes: [] })).toMatchObject({
      items: 1,
      chunkBytes: sealedSizeOf(25 * 1024 * 1024),
    });
    await opened.context.close();
  });

  test('refuses what the home does not upload before saving anything, and says why', async () => {
    const opened = await openHarness(browser, gateway.url);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h) => h.makeFile(10_000));
    const meta = { ...metaFor(pdfDocument('plan.pdf', 100), staffId), documentType: 'cla-care-plan' };
    const { result } = await opened.harness.evaluate((h, m) => h.enqueueMade(m), meta);
    expect(result).toMatchObject({
      ok: false,
      error: 'invalid',
      message: 'This type of document is not one the home uploads.',
    });
    expect(await rawOutboxSearch(opened.page, { text: [], bytes: [] })).toMatchObject({
      items: 0,
      chunks: 0,
    });
    await opened.context.close();
  });
});
