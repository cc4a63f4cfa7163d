// How the sync engine paces what it sends, in real Chromium against the real gateway, through a TCP
// proxy that holds answers back. Issue 4: the queue drains as fast as the line allows (bench
// sync.drain_vs_bare_tus), and still files every document once, with its social worker told.
// The line must not sit idle while the computer does its own bookkeeping: a place among the items
// sent at once (decide.ts MAX_IN_FLIGHT) is free when the gateway has answered, and the next big
// document goes when the last one's bytes have gone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_IN_FLIGHT } from '../../renderer/sync/decide.ts';
import { startFaultProxy } from '../support/fault-proxy.ts';
import { launchChromium } from './support/chromium.ts';
import { councilCopy, startMailingGateway, type MailingGateway } from './outbox-gateway.ts';
import {
  enqueueDocument,
  metaFor,
  openHarness,
  pdfDocument,
  reaches,
  signInAs,
  type TestDocument,
} from './outbox-session.ts';

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

const UPLOADS = '/api/v1/uploads';

/** Each upload the page creates (a POST to the uploads endpoint), in order. */
function createsOf(page: Page): string[] {
  const creates: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(UPLOADS)) creates.push(r.url());
  });
  return creates;
}

/**
 * Holds every write to the outbox's items until the returned function is called: a second
 * connection's readwrite transaction on the same store, kept open by asking it for nothing, makes
 * every later write wait its turn (IndexedDB runs overlapping readwrite transactions in order).
 */
async function holdOutboxWrites(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hearth-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('items', 'readwrite').objectStore('items');
          Reflect.set(window, '__releaseOutboxWrites', false);
          const keepOpen = () => {
            if (Reflect.get(window, '__releaseOutboxWrites') === true) return db.close();
            store.get('nothing').onsuccess = keepOpen;
          };
          keepOpen();
          resolve();
        };
      }),
  );
  return () => page.evaluate(() => void Reflect.set(window, '__releaseOutboxWrites', true));
}

async function filedOnce(ids: readonly string[], docs: readonly TestDocument[]) {
  for (const [index, id] of ids.entries()) {
    const council = await councilCopy(gateway, id, docs[index] ?? { sha256: '' });
    expect(council.documents).toHaveLength(1);
    expect(council.sha256Matches).toBe(true);
  }
}

describe('pacing the outbox', () => {
  test('a place is free once the gateway has answered: the next document does not wait for this computer to write the answer down', async () => {
    // One more small document than the engine sends at once: the last waits for a place.
    const docs = Array.from({ length: MAX_IN_FLIGHT + 1 }, (_, i) =>
      pdfDocument(`incident-${i + 1}.pdf`, 300_000),
    );
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(gateway.url).port) }, 1);
    const opened = await openHarness(browser, proxy.url, docs);
    let releaseWrites = async (): Promise<void> => undefined;
    try {
      const creates = createsOf(opened.page);
      const staffId = await signInAs(opened.harness, 'priya.shah');
      const ids: string[] = [];
      for (const doc of docs) ids.push(await enqueueDocument(opened.harness, doc, metaFor(doc, staffId)));
      // Each small document goes whole in its create, answered 201 once the gateway has filed it.
      // The first answers are held until this computer's writes are held too.
      let releaseAnswers: () => void = () => undefined;
      const answers = new Promise<void>((resolve) => (releaseAnswers = resolve));
      proxy.setPlan({ holdResponse: { status: 201, release: answers, count: MAX_IN_FLIGHT } });
      await opened.harness.evaluate((h) => h.startSync());
      await expect.poll(() => proxy.stats.held, { timeout: 30_000 }).toBe(MAX_IN_FLIGHT);
      expect(creates).toHaveLength(MAX_IN_FLIGHT);

      releaseWrites = await holdOutboxWrites(opened.page);
      releaseAnswers();
      // Nothing can be written on this computer now, yet the last document goes.
      await expect.poll(() => creates.length, { timeout: 10_000 }).toBe(MAX_IN_FLIGHT + 1);
      await releaseWrites();

      for (const id of ids) await reaches(opened.harness, id, 'notified');
      await filedOnce(ids, docs);
    } finally {
      await releaseWrites().catch(() => undefined);
      await opened.context.close();
      await proxy.close();
    }
  });

  test('the next big document starts once the last one’s bytes have gone, not after the gateway has filed it', async () => {
    // Two over one request's bytes: each is created, then sent in a PATCH, one on the line at a time.
    const first = pdfDocument('care-plan-scan.pdf', 8_800_000);
    const second = pdfDocument('health-plan-scan.pdf', 8_800_000);
    // The first final 204 is held back (as if the gateway were still filing the document) until the
    // second document's create has gone, or 10 s: an engine waiting for that answer never starts it.
    // Through a TCP proxy, not Playwright's routing, which hides the upload's progress from the page.
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(gateway.url).port) }, 1);
    const creates: string[] = [];
    let secondCreated: () => void = () => undefined;
    const release = new Promise<void>((resolve) => {
      secondCreated = resolve;
      setTimeout(resolve, 10_000);
    });
    proxy.setPlan({ holdResponse: { status: 204, release } });
    const opened = await openHarness(browser, proxy.url, [first, second]);
    try {
      opened.page.on('request', (r) => {
        if (r.method() !== 'POST' || !r.url().endsWith(UPLOADS)) return;
        creates.push(r.url());
        if (creates.length === 2) secondCreated();
      });
      let answeredFirst = -1;
      opened.page.on('response', (r) => {
        if (r.request().method() === 'PATCH' && answeredFirst < 0) answeredFirst = creates.length;
      });
      const staffId = await signInAs(opened.harness, 'priya.shah');
      const ids = [
        await enqueueDocument(opened.harness, first, metaFor(first, staffId)),
        await enqueueDocument(opened.harness, second, metaFor(second, staffId)),
      ];
      await opened.harness.evaluate((h) => h.startSync());

      for (const id of ids) await reaches(opened.harness, id, 'notified');
      // When the first PATCH was answered, both creates had gone.
      expect(answeredFirst).toBe(2);
      await filedOnce(ids, [first, second]);
    } finally {
      await opened.context.close();
      await proxy.close();
    }
  });
});
