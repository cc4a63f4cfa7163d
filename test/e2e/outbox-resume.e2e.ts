// Resuming, in real Chromium against the real gateway. Issue 4 "The sync engine": the upload URL is
// stored with the item so a restart resumes from the gateway's offset (bytes already received are
// not sent again); an expired upload starts again from zero without losing the item. DOMAIN.md
// "Uploads": uploads wait on the device until they can be sent, and are sent once.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, JSHandle } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UPLOADS_FOLDER } from '../../gateway/uploads/tus.ts';
import { sealedSizeOf } from '../../shared/api/sealed-upload.ts';
import { launchChromium } from './support/chromium.ts';
import type { OutboxHarness, QueuedItem } from './support/outbox-harness.ts';
import { documentsFrom, startMailingGateway, type MailingGateway } from './outbox-gateway.ts';
import {
  enqueueDocument,
  metaFor,
  openHarness,
  pdfDocument,
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

async function reaches(harness: JSHandle<OutboxHarness>, outboxId: string, state: QueuedItem['state']) {
  await expect
    .poll(
      async () => (await harness.evaluate((h) => h.listItems())).find((i) => i.outboxId === outboxId)?.state,
      {
        timeout: 45_000,
        interval: 250,
      },
    )
    .toBe(state);
}

interface Patch {
  offset: number;
  bytes: number;
  forwarded: boolean;
}

/** Watches every PATCH; `cut(n)` decides whether the n-th (from 0) never reaches the gateway. */
async function watchPatches(opened: HarnessPage, cut: (index: number) => Promise<boolean>): Promise<Patch[]> {
  const patches: Patch[] = [];
  await opened.context.route('**/api/v1/uploads/*', async (route) => {
    const request = route.request();
    if (request.method() !== 'PATCH') return route.continue();
    const offset = Number(await request.headerValue('upload-offset'));
    const bytes = request.postDataBuffer()?.length ?? 0;
    const forwarded = !(await cut(patches.length));
    patches.push({ offset, bytes, forwarded });
    return forwarded ? route.continue() : route.abort('connectionreset');
  });
  return patches;
}

describe('resuming the outbox', () => {
  test('a reload in the middle of sending resumes from the gateway’s offset: no byte is sent twice', async () => {
    const doc = pdfDocument('care-package-change.pdf', 20 * MiB);
    const opened = await openHarness(browser, gateway.url, [doc]);
    // The second PATCH is cut and the connection goes: the page is reloaded with 8 MiB at the gateway.
    const patches = await watchPatches(opened, async (index) => {
      if (index !== 1) return false;
      await opened.context.setOffline(true);
      return true;
    });
    const staffId = await signInAs(opened.harness, 'tom.reilly');
    await opened.harness.evaluate((h) => h.startSync());
    const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));
    await expect.poll(() => patches.length, { timeout: 30_000 }).toBe(2);

    const harness = await opened.reload();
    await harness.evaluate((h) => h.startSync());
    await opened.context.setOffline(false);
    await signInAs(harness, 'tom.reilly');
    await reaches(harness, outboxId, 'notified');

    expect(patches.map((p) => [p.offset, p.forwarded])).toEqual([
      [0, true],
      [8 * MiB, false],
      [8 * MiB, true],
      [16 * MiB, true],
    ]);
    const forwarded = patches.filter((p) => p.forwarded).reduce((sum, p) => sum + p.bytes, 0);
    // The sealed body (shared/api/sealed-upload.ts): the file and 28 bytes per 1 MiB chunk.
    expect(forwarded).toBe(sealedSizeOf(doc.bytes.length));
    const documents = documentsFrom(gateway.dataDir, outboxId);
    expect(documents.map((d) => d.file_sha256)).toEqual([doc.sha256]);
    await opened.context.close();
  });

  test('an upload the gateway no longer has starts again from zero, and the item is kept and sent once', async () => {
    const doc = pdfDocument('regulation-40.pdf', 10 * MiB);
    const opened = await openHarness(browser, gateway.url, [doc]);
    let outboxId = '';
    // After the first 8 MiB the gateway loses the partial upload (as when it expires).
    const patches = await watchPatches(opened, async (index) => {
      if (index !== 1) return false;
      const folder = join(gateway.dataDir, UPLOADS_FOLDER);
      await rm(join(folder, outboxId), { force: true });
      await rm(join(folder, `${outboxId}.json`), { force: true });
      return true;
    });
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h) => h.startSync());
    outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));

    await reaches(opened.harness, outboxId, 'notified');
    const offsets = patches.filter((p) => p.forwarded).map((p) => p.offset);
    expect(offsets).toEqual([0, 0, 8 * MiB]);
    const documents = documentsFrom(gateway.dataDir, outboxId);
    expect(documents.map((d) => d.file_sha256)).toEqual([doc.sha256]);
    await opened.context.close();
  });
});
