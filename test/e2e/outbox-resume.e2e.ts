// Resuming, in real Chromium against the real gateway, through a TCP proxy that cuts the line.
// Issue 4 "The sync engine": a restart resumes from the gateway's offset (bytes already received
// are not sent again); an expired upload starts again from zero without losing the item. DOMAIN.md
// "Uploads": uploads wait on the device until they can be sent, and are sent once.
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UPLOADS_FOLDER } from '../../gateway/uploads/tus.ts';
import { sealedSizeOf } from '../../shared/api/sealed-upload.ts';
import { startFaultProxy } from '../support/fault-proxy.ts';
import { launchChromium } from './support/chromium.ts';
import { documentsFrom, startMailingGateway, type MailingGateway } from './outbox-gateway.ts';
import {
  enqueueDocument,
  metaFor,
  openHarness,
  pdfDocument,
  reaches,
  signInAs,
  type HarnessPage,
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

const MiB = 1024 * 1024;

const MiB_CUT = { cutUpstreamAfter: { min: 9 * MiB, max: 9 * MiB } };

/** A file's size once it has stopped growing (the gateway writing what reached it before a cut). */
async function settledSize(file: string): Promise<number> {
  let last = -1;
  for (;;) {
    const size = await stat(file).then(
      (s) => s.size,
      () => 0,
    );
    if (size === last) return size;
    last = size;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** The Upload-Offset of every PATCH the page sends, watched without intercepting (no routing). */
function watchPatchOffsets(opened: HarnessPage): number[] {
  const offsets: number[] = [];
  opened.context.on('request', (request) => {
    if (request.method() === 'PATCH') offsets.push(Number(request.headers()['upload-offset']));
  });
  return offsets;
}

/**
 * Sends through a TCP proxy that cuts the connection once 9 MiB went up it: a sealed body goes in
 * one PATCH (renderer/sync/sealed-body.ts), so the cut lands in its middle, as on a real bad line.
 */
async function throughCuttingProxy() {
  const proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(gateway.url).port) }, 7);
  proxy.setPlan(MiB_CUT); // drawn per connection as it opens: set before the sign-in opens it
  return proxy;
}

describe('resuming the outbox', () => {
  test('a reload in the middle of sending resumes from the gateway’s offset: no byte it stored is sent again', async () => {
    const doc = pdfDocument('care-package-change.pdf', 20 * MiB);
    const proxy = await throughCuttingProxy();
    const opened = await openHarness(browser, proxy.url, [doc]);
    const offsets = watchPatchOffsets(opened);
    try {
      const staffId = await signInAs(opened.harness, 'tom.reilly');
      await opened.harness.evaluate((h) => h.startSync());
      const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));
      // The line drops mid-PATCH; the app is closed and opened again before it tries again.
      await expect.poll(() => proxy.stats.cuts, { timeout: 30_000, interval: 10 }).toBe(1);
      await opened.context.setOffline(true);
      proxy.setPlan({});
      // What the gateway stored of it (what reached its socket but not its disk when the line
      // dropped is lost with the connection, as on any real line).
      const stored = await settledSize(join(gateway.dataDir, UPLOADS_FOLDER, outboxId));
      expect(stored).toBeGreaterThan(MiB);
      const beforeResume = proxy.stats.upstreamBytes;
      const harness = await opened.reload();
      await harness.evaluate((h) => h.startSync());
      await opened.context.setOffline(false);
      await signInAs(harness, 'tom.reilly');
      await reaches(harness, outboxId, 'notified', 45_000);

      // Resumed where the gateway's bytes end, and only the rest went up the line (with requests' headers).
      expect(offsets).toEqual([0, stored]);
      const rest = sealedSizeOf(doc.bytes.length) - stored;
      expect(proxy.stats.upstreamBytes - beforeResume).toBeGreaterThanOrEqual(rest);
      expect(proxy.stats.upstreamBytes - beforeResume).toBeLessThan(rest + 64 * 1024);
      const documents = documentsFrom(gateway.dataDir, outboxId);
      expect(documents.map((d) => d.file_sha256)).toEqual([doc.sha256]);
    } finally {
      await opened.context.close();
      await proxy.close();
    }
  });

  test('an upload the gateway no longer has starts again from zero, and the item is kept and sent once', async () => {
    const doc = pdfDocument('regulation-40.pdf', 12 * MiB);
    const proxy = await throughCuttingProxy();
    const opened = await openHarness(browser, proxy.url, [doc]);
    const offsets = watchPatchOffsets(opened);
    try {
      const staffId = await signInAs(opened.harness, 'priya.shah');
      await opened.harness.evaluate((h) => h.startSync());
      const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));
      // Cut mid-PATCH; before the engine tries again, the gateway loses the part (as when it expires).
      await expect.poll(() => proxy.stats.cuts, { timeout: 30_000, interval: 10 }).toBe(1);
      proxy.setPlan({});
      const folder = join(gateway.dataDir, UPLOADS_FOLDER);
      await rm(join(folder, outboxId), { force: true });
      await rm(join(folder, `${outboxId}.json`), { force: true });

      await reaches(opened.harness, outboxId, 'notified', 45_000);
      expect(offsets).toEqual([0, 0]);
      const documents = documentsFrom(gateway.dataDir, outboxId);
      expect(documents.map((d) => d.file_sha256)).toEqual([doc.sha256]);
    } finally {
      await opened.context.close();
      await proxy.close();
    }
  });
});
