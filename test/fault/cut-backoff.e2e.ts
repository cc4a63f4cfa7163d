// A connection cut every few megabytes must keep the upload going quickly (renderer/outbox/
// item-status.ts, `failuresInARow`: "a connection cut every few megabytes keeps going quickly while a
// gateway that is down is asked less often"; issue 4: retries with jittered exponential backoff;
// DOMAIN.md "Uploads": documents wait until they can be sent). A home's flaky line is the case the
// outbox exists for: the backoff may grow only while the gateway takes no more bytes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../e2e/support/chromium.ts';
import { startTestGateway, type TestGateway } from '../e2e/support/gateway.ts';
import { documentsFrom } from '../e2e/outbox-gateway.ts';
import { enqueueDocument, metaFor, openHarness, pdfDocument, signInAs } from '../e2e/outbox-session.ts';
import { startFaultProxy } from '../support/fault-proxy.ts';
import { sleep } from './run.ts';

const MiB = 1024 * 1024;

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

/** The engine's own bookkeeping for the item, read from its IndexedDB row (the queue screen hides it). */
function rawRow(page: Page, outboxId: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('hearth-outbox');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const row = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('items', 'readonly').objectStore('items').get(id);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const read = (key: string): unknown => (row instanceof Object ? Reflect.get(row, key) : undefined);
    return {
      state: String(read('state')),
      attempts: Number(read('attempts')),
      failuresInARow: Number(read('failuresInARow')),
    };
  }, outboxId);
}

describe('a connection cut every few megabytes', () => {
  test('does not grow the backoff while every connection moves the upload on', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(gateway.url).port) }, 4);
    // Every connection is cut after 1.5–2.5 MiB: far below one 8 MiB PATCH, far above a sign-in.
    proxy.setPlan({ cutUpstreamAfter: { min: 1.5 * MiB, max: 2.5 * MiB } });
    const doc = pdfDocument('scan-12mb.pdf', 12 * MiB);
    const opened = await openHarness(browser, proxy.url, [doc]);
    try {
      await opened.harness.evaluate((h) => h.startSync());
      const staffId = await signInAs(opened.harness, 'tom.reilly');
      const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));

      // Watched until received, or until the backoff has grown twice running (then it is wrong already).
      let row = await rawRow(opened.page, outboxId);
      let mostInARow = 0;
      const end = Date.now() + 90_000;
      while (row.state !== 'received' && row.state !== 'notified' && mostInARow < 2 && Date.now() < end) {
        await sleep(100);
        row = await rawRow(opened.page, outboxId);
        mostInARow = Math.max(mostInARow, row.failuresInARow);
      }
      expect(proxy.stats.cuts).toBeGreaterThanOrEqual(2);
      expect({ mostInARow, state: row.state }).toEqual({
        mostInARow: 1,
        state: expect.stringMatching(/received|notified/),
      });
      expect(documentsFrom(gateway.dataDir, outboxId).map((d) => d.file_sha256)).toEqual([doc.sha256]);
    } finally {
      await opened.context.close();
      await proxy.close();
    }
  }, 120_000);
});
