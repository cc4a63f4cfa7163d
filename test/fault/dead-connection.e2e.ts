// A connection that goes silent mid-upload, without closing, must not stop the outbox for good
// (renderer/sync/tus-send.ts STALL_MS; issue 4: the outbox "syncs when the connection allows,
// resumably, exactly once"; DOMAIN.md "Uploads": documents wait until they can be sent). A home's
// Wi-Fi or VPN that drops without a reset leaves the request waiting: tus-js-client sets no timeout,
// so before the stall limit the engine's round waited for ever and nothing more was sent. Real
// gateway, real SMTP server, real Chromium, and a proxy that swallows the first upload connection
// after 3 MiB.
import { describe, expect, test } from 'vitest';
import { documentsFrom } from '../e2e/outbox-gateway.ts';
import { enqueueDocument, metaFor, openHarness, pdfDocument, signInAs } from '../e2e/outbox-session.ts';
import { liveHearth } from '../e2e/support/live-hearth.ts';
import { outboxRows } from '../e2e/uploads-session.ts';
import { startFaultProxy } from '../support/fault-proxy.ts';
import { sleep } from './run.ts';

const MiB = 1024 * 1024;
/** The test's stall limit: the app's is a minute (STALL_MS), too long to wait for here. */
const STALL_MS = 3_000;

const hearth = liveHearth();

describe('a connection that goes silent mid-upload', () => {
  test('issue 4: the silent try is given up, the document still reaches the council once and intact, and the next one goes too', async () => {
    const gateway = hearth.gateway;
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(gateway.url).port) }, 7);
    const first = pdfDocument('scan-12mb.pdf', 12 * MiB);
    const second = pdfDocument('scan-small.pdf', MiB / 2);
    const opened = await openHarness(hearth.browser, proxy.url, [first, second]);
    try {
      await opened.harness.evaluate((h, stallMs) => h.startSync({ stallMs }), STALL_MS);
      const staffId = await signInAs(opened.harness, 'tom.reilly');
      // Only the first connection to carry over 3 MiB is swallowed: the 12 MiB document's upload.
      proxy.setPlan({ blackHole: { afterBytes: 3 * MiB, connections: 1 } });
      const firstId = await enqueueDocument(opened.harness, first, metaFor(first, staffId));
      const silenced = Date.now() + 30_000;
      while (proxy.stats.silenced === 0 && Date.now() < silenced) await sleep(50);
      expect(proxy.stats.silenced).toBe(1);
      // Queued while the first hangs: it needs the engine's next round, which waited on the hung one.
      const secondId = await enqueueDocument(opened.harness, second, metaFor(second, staffId));

      const settled = (state: string) => state === 'received' || state === 'notified';
      const end = Date.now() + 60_000;
      let rows = await outboxRows(opened.page);
      while (!rows.every((row) => settled(row.state)) && Date.now() < end) {
        await sleep(200);
        rows = await outboxRows(opened.page);
      }
      expect(proxy.stats.silenced).toBe(1);
      const byId = new Map(rows.map((row) => [row.outboxId, row]));
      expect(byId.get(firstId)).toMatchObject({ state: expect.stringMatching(/received|notified/) });
      expect(byId.get(secondId)).toMatchObject({ state: expect.stringMatching(/received|notified/) });
      // The silent try counted as a failed attempt, then it resumed: filed once, byte for byte.
      expect(Number(byId.get(firstId)?.attempts)).toBeGreaterThanOrEqual(1);
      expect(documentsFrom(gateway.dataDir, firstId).map((d) => d.file_sha256)).toEqual([first.sha256]);
      expect(documentsFrom(gateway.dataDir, secondId).map((d) => d.file_sha256)).toEqual([second.sha256]);
    } finally {
      await opened.context.close();
      await proxy.close();
    }
  }, 120_000);
});
