// Sending the outbox, in real Chromium against the real gateway and a real SMTP server. Issue 4 and
// DOMAIN.md "Uploads": a document put in the queue is never lost and never filed twice; it waits on
// the device, safely, until it can be sent, and is sent once; every upload notifies the child's
// allocated social worker (001), and the notification never carries the document.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sealedSizeOf } from '../../shared/api/sealed-upload.ts';
import { launchChromium } from './support/chromium.ts';
import { HARNESS_BASE } from './support/outbox-harness.ts';
import { councilCopy, documentsFrom, startMailingGateway, type MailingGateway } from './outbox-gateway.ts';
import {
  enqueueDocument,
  FILES_BASE,
  itemIn,
  metaFor,
  openHarness,
  pdfDocument,
  rawOutboxSearch,
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

/** The gateway's word on the item, and the documents it made from it. */
const atGateway = (outboxId: string, doc: TestDocument) => councilCopy(gateway, outboxId, doc);

describe('sending the outbox', () => {
  test('queued offline, reloaded, then online: on the child’s record once, right SHA-256, social worker emailed without the document', async () => {
    const doc = pdfDocument('keyworker-october.pdf', 1_500_000);
    const opened = await openHarness(browser, gateway.url, [doc]);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h) => h.startSync());
    await opened.context.setOffline(true);
    const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));
    expect((await atGateway(outboxId, doc)).status).toEqual({ state: 'unknown', outboxId });

    const harness = await opened.reload();
    await harness.evaluate((h) => h.startSync());
    expect(await itemIn(harness, outboxId)).toMatchObject({ state: 'queued', attempts: 0 });
    // Back online after the reload, with nobody signed in (tokens live in memory only): the item
    // carries its uploader's proof, so sending starts by itself (issue 4).
    await opened.context.setOffline(false);

    const done = await reaches(harness, outboxId, 'notified');
    expect(done).toMatchObject({ notification: { state: 'sent', recipientName: 'Nadia Rahman' } });
    const council = await atGateway(outboxId, doc);
    expect(council.status).toMatchObject({
      state: 'received',
      sha256: doc.sha256,
      documentId: done.documentId,
    });
    expect(council.documents).toHaveLength(1);
    expect(council.sha256Matches).toBe(true);

    const mails = gateway.smtp.messages.filter((m) => m.to.includes('nadia.rahman@council.example'));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.headers.get('content-type') ?? '').not.toMatch(/multipart/i);
    expect(mail?.raw ?? '').not.toMatch(/attachment|%PDF/i);

    // 003: once the council has it, the device keeps no copy of the document's bytes.
    // (Deleted just after the item is marked received, in a transaction of its own.)
    await expect
      .poll(() => rawOutboxSearch(opened.page, { text: [], bytes: [] }))
      .toMatchObject({ items: 1, chunks: 0 });
    const progress = (await harness.evaluate((h) => h.syncEvents())).filter((e) => e.type === 'progress');
    // Sent as kept on this computer: sealed chunks, opened by the gateway (shared/api/sealed-upload.ts).
    expect(progress.at(-1)).toEqual({
      type: 'progress',
      outboxId,
      bytesSent: sealedSizeOf(doc.bytes.length),
      bytesTotal: sealedSizeOf(doc.bytes.length),
    });
    await opened.context.close();
  });

  test('an item queued before this version (chunks under the device key) still goes, once, with the right SHA-256', async () => {
    const doc = pdfDocument('care-plan-older.pdf', 2_300_000);
    const opened = await openHarness(browser, gateway.url, [doc]);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    const url = `${FILES_BASE}${encodeURIComponent(doc.name)}`;
    const outboxId = await opened.harness.evaluate((h, a) => h.enqueueLegacyFrom(a.url, a.meta), {
      url,
      meta: metaFor(doc, staffId),
    });
    await opened.harness.evaluate((h) => h.startSync());
    await reaches(opened.harness, outboxId, 'notified');
    const council = await atGateway(outboxId, doc);
    expect(council.status).toMatchObject({ state: 'received', sha256: doc.sha256 });
    expect(council.documents).toHaveLength(1);
    expect(council.sha256Matches).toBe(true);
    // The older path sends the plain bytes, a PATCH at a time.
    const progress = (await opened.harness.evaluate((h) => h.syncEvents())).filter(
      (e) => e.type === 'progress',
    );
    expect(progress.at(-1)).toMatchObject({ bytesSent: doc.bytes.length, bytesTotal: doc.bytes.length });
    await opened.context.close();
  });

  /** Drops the gateway's answer to the first request of `method` at `url` (a cut connection on the way back). */
  async function dropFirstAnswer(context: BrowserContext, url: string, method: string, dropped: string[]) {
    let done = false;
    await context.route(url, async (route) => {
      if (route.request().method() !== method || done) return route.continue();
      done = true;
      // The gateway does the work; the answer never reaches the page.
      const response = await route.fetch();
      dropped.push(`${method} ${response.status()}`);
      return route.abort('connectionreset');
    });
  }

  test('the 201 and the final 204 lost on the way back: sent again, still one document', async () => {
    // Over one request's bytes (tus-send.ts PATCH_BYTES): created first, then sent in a PATCH.
    const doc = pdfDocument('incident-missing.pdf', 8_800_000);
    const opened = await openHarness(browser, gateway.url, [doc]);
    const dropped: string[] = [];
    await dropFirstAnswer(opened.context, '**/api/v1/uploads', 'POST', dropped);
    await dropFirstAnswer(opened.context, '**/api/v1/uploads/*', 'PATCH', dropped);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h) => h.startSync());
    const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));

    const done = await reaches(opened.harness, outboxId, 'notified');
    expect(dropped).toEqual(['POST 201', 'PATCH 204']);
    expect(done.attempts).toBe(2);
    const council = await atGateway(outboxId, doc);
    expect(council.documents).toHaveLength(1);
    expect(council.sha256Matches).toBe(true);
    await opened.context.close();
  });

  test('a small document goes in one request; that answer lost, the gateway is asked and nothing is sent again', async () => {
    const doc = pdfDocument('keyworker-note.pdf', 300_000);
    const opened = await openHarness(browser, gateway.url, [doc]);
    const requests: string[] = [];
    opened.page.on('request', (r) => {
      if (r.url().includes('/api/v1/uploads')) requests.push(r.method());
      if (r.url().includes('/api/v1/outbox/')) requests.push('status');
    });
    const dropped: string[] = [];
    await dropFirstAnswer(opened.context, '**/api/v1/uploads', 'POST', dropped);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h) => h.startSync());
    const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));

    await reaches(opened.harness, outboxId, 'notified');
    // The create carried every byte (tus creation-with-upload), and the gateway filed it then.
    expect(dropped).toEqual(['POST 201']);
    // The next try asks where it stands first: the gateway has it, so no byte goes again.
    expect(requests.slice(0, 2)).toEqual(['POST', 'status']);
    expect(requests.filter((r) => r !== 'status')).toEqual(['POST']);
    const council = await atGateway(outboxId, doc);
    expect(council.documents).toHaveLength(1);
    expect(council.sha256Matches).toBe(true);
    await opened.context.close();
  });

  test('coming back online, the document goes even if the app’s own code cannot be fetched just then', async () => {
    // A line that returns in stages (a VPN reconnecting, a captive portal) can fail a fetch of the
    // app's code while the gateway already answers; the browser then remembers that failed import
    // for the page's life. Sending once fetched tus-js-client at the first send, and a failure there
    // left the item "queued" for good, never tried, nothing said (locked-sync.e2e.ts in CI).
    const doc = pdfDocument('keyworker-november.pdf', 400_000);
    const opened = await openHarness(browser, gateway.url, [doc]);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h) => h.startSync());
    await opened.context.setOffline(true);
    const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));
    await opened.context.route(`**${HARNESS_BASE}chunks/**`, (route) => route.abort('internetdisconnected'));
    await opened.context.setOffline(false);

    await reaches(opened.harness, outboxId, 'notified');
    const council = await atGateway(outboxId, doc);
    expect(council.documents).toHaveLength(1);
    expect(council.sha256Matches).toBe(true);
    await opened.context.close();
  });

  test('bytes changed on the way: the gateway refuses them (SHA-256) and the item is sent again', async () => {
    const doc = pdfDocument('safety-plan.pdf', 600_000);
    const opened = await openHarness(browser, gateway.url, [doc]);
    const answers: number[] = [];
    // A small document's bytes go with its create (POST); a bigger one's in a PATCH.
    await opened.context.route(/\/api\/v1\/uploads(\/[^/]+)?$/, async (route) => {
      if (!['POST', 'PATCH'].includes(route.request().method())) return route.continue();
      const body = route.request().postDataBuffer();
      if (answers.length > 0 || !body) {
        const response = await route.fetch();
        answers.push(response.status());
        return route.fulfill({ response });
      }
      const corrupted = Buffer.from(body);
      corrupted[corrupted.length - 100] = (corrupted[corrupted.length - 100] ?? 0) ^ 0xff;
      const response = await route.fetch({ postData: corrupted });
      answers.push(response.status());
      return route.fulfill({ response });
    });
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h) => h.startSync());
    const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));

    await reaches(opened.harness, outboxId, 'notified');
    expect(answers).toEqual([460, 201]);
    const council = await atGateway(outboxId, doc);
    expect(council.documents).toHaveLength(1);
    expect(council.sha256Matches).toBe(true);
    await opened.context.close();
  });

  test('a file that is not a PDF, Word document, JPEG or PNG is kept, needing attention with the gateway’s reason', async () => {
    const doc = { ...pdfDocument('holiday.pdf', 50_000) };
    const bytes = Buffer.concat([Buffer.from('MZ'), doc.bytes.subarray(2)]); // a Windows program's first bytes
    const program: TestDocument = { name: 'holiday.pdf', bytes, sha256: '' };
    const opened = await openHarness(browser, gateway.url, [program]);
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h) => h.startSync());
    const outboxId = await enqueueDocument(opened.harness, program, metaFor(program, staffId));

    const refused = await reaches(opened.harness, outboxId, 'needs-attention');
    expect(refused.attention).toMatch(/Windows program/);
    expect(documentsFrom(gateway.dataDir, outboxId)).toHaveLength(0);
    // Kept, not dropped; "retry now" asks again and it is still refused, still kept.
    expect(await opened.harness.evaluate((h, id) => h.retryNow(id), outboxId)).toMatchObject({ ok: true });
    await opened.harness.evaluate((h) => h.runSyncNow());
    expect(await reaches(opened.harness, outboxId, 'needs-attention')).toMatchObject({
      attention: refused.attention,
    });
    await opened.context.close();
  });

  test('cancelling while sending: refused while the council cannot be asked, then stops the upload and removes the item', async () => {
    // Over one request's bytes, so it is created first and its bytes go in a PATCH.
    const doc = pdfDocument('significant-information.pdf', 8_800_000);
    const opened = await openHarness(browser, gateway.url, [doc]);
    // Every PATCH hangs until the test ends: the item stays "sending" with its upload at the gateway.
    let release: () => void = () => undefined;
    const hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    await opened.context.route('**/api/v1/uploads/*', async (route) => {
      if (route.request().method() !== 'PATCH') return route.continue();
      await hold;
      return route.abort('connectionreset');
    });
    const staffId = await signInAs(opened.harness, 'priya.shah');
    await opened.harness.evaluate((h) => h.startSync());
    const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, staffId));
    await reaches(opened.harness, outboxId, 'sending');

    // Offline, Hearth cannot ask whether the last bytes arrived: it refuses to guess.
    await opened.context.setOffline(true);
    expect(await opened.harness.evaluate((h, id) => h.cancel(id), outboxId)).toMatchObject({
      ok: false,
      error: 'unconfirmed',
    });
    expect(await itemIn(opened.harness, outboxId)).toBeDefined();

    await opened.context.setOffline(false);
    expect(await opened.harness.evaluate((h, id) => h.cancel(id), outboxId)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await itemIn(opened.harness, outboxId)).toBeUndefined();
    expect(await rawOutboxSearch(opened.page, { text: [], bytes: [] })).toMatchObject({
      items: 0,
      chunks: 0,
    });
    release();
    expect(documentsFrom(gateway.dataDir, outboxId)).toHaveLength(0);
    expect((await atGateway(outboxId, doc)).status.state).not.toBe('received');
    await opened.context.close();
  });

  /** Queued offline by `username`, who then signs out; back online with nobody signed in. */
  async function queuedThenSignedOut(username: string, doc: TestDocument) {
    const opened = await openHarness(browser, gateway.url, [doc]);
    const uploader = await signInAs(opened.harness, username);
    await opened.context.setOffline(true);
    const outboxId = await enqueueDocument(opened.harness, doc, metaFor(doc, uploader));
    await opened.harness.evaluate((h) => h.signOut());
    await opened.context.setOffline(false);
    return { opened, uploader, outboxId };
  }

  test('sent with nobody signed in, and filed in the name of the manager who queued it (issue 4; 000)', async () => {
    const doc = pdfDocument('support-plan.pdf', 200_000);
    const { opened, uploader, outboxId } = await queuedThenSignedOut('priya.shah', doc);
    await opened.harness.evaluate((h) => h.startSync());
    await reaches(opened.harness, outboxId, 'notified');
    expect((await atGateway(outboxId, doc)).documents).toEqual([
      expect.objectContaining({ uploaded_by_staff_id: uploader }),
    ]);
    // Received: it can no longer be cancelled.
    expect(await opened.harness.evaluate((h, id) => h.cancel(id), outboxId)).toMatchObject({
      ok: false,
      error: 'already-received',
    });
    await opened.context.close();
  });

  test('a colleague’s session carries it, still in the name of the person who queued it (000: no “act for”)', async () => {
    const doc = pdfDocument('safety-plan.pdf', 150_000);
    const { opened, uploader, outboxId } = await queuedThenSignedOut('priya.shah', doc);
    const colleague = await signInAs(opened.harness, 'sam.fletcher'); // read-only staff: carries, never uploads
    await opened.harness.evaluate((h) => h.startSync());
    await reaches(opened.harness, outboxId, 'notified');
    const { documents, sha256Matches } = await atGateway(outboxId, doc);
    expect(documents).toEqual([expect.objectContaining({ uploaded_by_staff_id: uploader })]);
    expect(sha256Matches).toBe(true);
    expect(uploader).not.toBe(colleague);
    await opened.context.close();
  });
});
