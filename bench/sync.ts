// sync.flaky_bytes_ratio, sync.flaky_bytes_ratio_naive and sync.drain_vs_bare_tus (../shared/BENCH.md).
// The real outbox and sync engine in Chromium send to the real gateway (real SQLite, real SMTP),
// beside their baselines in the same run: a plain POST through the same kind of fault proxy, and
// bare tus-js-client to a bare @tus/server (bench/bare-tus.ts). Bytes are counted by the fault
// proxy as it hands them to the server: what the server had to read. All on 127.0.0.1.
import http from 'node:http';
import type { Browser, JSHandle } from 'playwright-core';
import { startMailingGateway, type MailingGateway } from '../test/e2e/outbox-gateway.ts';
import { enqueueDocument, metaFor, openHarness, pdfDocument, signInAs } from '../test/e2e/outbox-session.ts';
import { launchChromium } from '../test/e2e/support/chromium.ts';
import type { OutboxHarness } from '../test/e2e/support/outbox-harness.ts';
import { sleep, until } from '../test/fault/run.ts';
import { startFaultProxy } from '../test/support/fault-proxy.ts';
import { DRAIN_SIZES, bareTusDrain, startBareTus } from './bare-tus.ts';
import type { Figure } from './figure.ts';
import { median, repeat, round, spread } from './runs.ts';

const MiB = 1024 * 1024;
const FILE = 25 * MiB;
/** "A local TCP proxy that cuts the connection every 2–4 MB" (BENCH.md). */
const CUT = { cutUpstreamAfter: { min: 2 * MiB, max: 4 * MiB } };
/** A plain POST of 25 MB cannot pass a proxy that cuts every 2–4 MB: it is retried this often, then given up. */
const NAIVE_ATTEMPTS = 10;

async function waitReceived(harness: JSHandle<OutboxHarness>, outboxId: string): Promise<void> {
  const end = Date.now() + 300_000;
  for (;;) {
    const item = (await harness.evaluate((h) => h.listItems())).find((i) => i.outboxId === outboxId);
    if (item?.state === 'received' || item?.state === 'notified') return;
    if (item?.state === 'needs-attention') throw new Error(`the upload needs attention: ${item.attention}`);
    if (Date.now() > end) throw new Error('the upload did not finish in 5 minutes');
    await sleep(100);
  }
}

/** One 25 MB document through the outbox and a cutting proxy: bytes the gateway read ÷ the file's size. */
export async function flakyOutbox(browser: Browser, gateway: MailingGateway, seed: number) {
  const proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(gateway.url).port) }, seed);
  // Cutting from the first connection: the proxy draws a connection's cut when it opens, and
  // Chromium sends the upload over the connection the sign-in opened. Sign-in is far below 2 MiB.
  proxy.setPlan(CUT);
  const doc = pdfDocument('scan-25mb.pdf', FILE);
  const opened = await openHarness(browser, proxy.url, [doc]);
  try {
    await opened.harness.evaluate((h) => h.startSync());
    const staffId = await signInAs(opened.harness, 'priya.shah');
    const before = proxy.stats.upstreamBytes;
    await waitReceived(opened.harness, await enqueueDocument(opened.harness, doc, metaFor(doc, staffId)));
    return { ratio: (proxy.stats.upstreamBytes - before) / FILE, cuts: proxy.stats.cuts };
  } finally {
    await opened.context.close();
    await proxy.close();
  }
}

/** The same 25 MB as one plain POST to a byte-counting sink through the same proxy, retried. */
async function flakyNaive(seed: number) {
  const sink = http.createServer((request, response) => {
    request.on('data', () => undefined);
    request.on('end', () => response.end('ok'));
    request.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  if (address === null || typeof address === 'string') throw new Error('the sink has no TCP address');
  const proxy = await startFaultProxy({ host: '127.0.0.1', port: address.port }, seed);
  proxy.setPlan(CUT);
  const body = new Uint8Array(pdfDocument('scan-25mb.pdf', FILE).bytes);
  let completed = false;
  let attempts = 0;
  try {
    while (!completed && attempts < NAIVE_ATTEMPTS) {
      attempts += 1;
      completed = await fetch(`${proxy.url}/sink`, { method: 'POST', body }).then(
        (r) => r.ok,
        () => false,
      );
    }
    return { ratio: proxy.stats.upstreamBytes / FILE, attempts, completed };
  } finally {
    await proxy.close();
    sink.closeAllConnections();
    await new Promise((resolve) => sink.close(resolve));
  }
}

/** Timed runs of each drain after the warm-up (sync.drain_vs_bare_tus). */
const DRAIN_RUNS = 5;

/** How long each drain waits before it starts (sync.drain_vs_bare_tus). */
const QUIET_MS = 1000;

/** Queues `sizes` (not timed), then times the engine from its start to "drained". */
export async function outboxDrain(
  browser: Browser,
  gateway: MailingGateway,
  sizes: readonly number[] = DRAIN_SIZES,
): Promise<number> {
  const opened = await openHarness(browser, gateway.url);
  const mailsBefore = gateway.smtp.messages.length;
  try {
    const staffId = await signInAs(opened.harness, 'priya.shah');
    const meta = metaFor({ name: 'scan.pdf', bytes: Buffer.alloc(0), sha256: '' }, staffId);
    await opened.harness.evaluate(
      async (h, { sizes, meta }) => {
        // Ten small files at a time through the worker; a big one on its own (memory).
        for (let at = 0; at < sizes.length;) {
          const group: Promise<{ result: { ok: boolean } }>[] = [];
          const size = sizes[at] ?? 0;
          const take = size > 1024 * 1024 ? 1 : 10;
          while (group.length < take && sizes[at] === size) {
            h.makeFile(size);
            group.push(h.enqueueMade(meta)); // takes the file just made before it returns
            at += 1;
          }
          const results = await Promise.all(group);
          if (results.some((r) => !r.result.ok)) throw new Error('the outbox refused a file');
        }
      },
      { sizes, meta },
    );
    // The harness is served by Playwright's routing; while any route is set, Playwright intercepts
    // EVERY request of the context, bodies and all, through the DevTools protocol and this Node
    // process. That cost ~170 ms per 1 MiB PATCH, on both sides of the ratio, and hid the real
    // difference. Load what the drain needs, then stop routing before timing it.
    await opened.harness.evaluate((h) => h.loadSender());
    await opened.context.unrouteAll();
    const drainedMs = await opened.harness.evaluate(async (h, count) => {
      const started = performance.now();
      await h.startSync();
      for (;;) {
        const drained = h.syncEvents().find((e) => e.type === 'drained');
        if (drained?.type === 'drained') {
          if (drained.sent !== count) throw new Error(`drained after ${drained.sent} of ${count}`);
          return performance.now() - started;
        }
        if (performance.now() - started > 600_000) throw new Error('the outbox did not drain in 10 minutes');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }, sizes.length);
    // Not timed: the gateway still sends each document's email after the drain. Left running, that
    // work fell into the NEXT measurement (outbox or bare), so a run's ratio depended on which side
    // went first (1.35 against 1.8 on the same build). Every run starts on a quiet machine.
    const mailed = () => gateway.smtp.messages.length - mailsBefore >= sizes.length;
    if (!(await until(mailed, 60_000, 50)))
      throw new Error('the notifications were not all sent in a minute');
    return drainedMs;
  } finally {
    await opened.context.close();
  }
}

export async function syncFigures(): Promise<Figure[]> {
  const gateway = await startMailingGateway();
  const bare = await startBareTus();
  const browser = await launchChromium();
  try {
    // No warm-up for the byte counts: what crosses the wire does not depend on a warm machine.
    const flaky = await repeat(0, 3, (run) => flakyOutbox(browser, gateway, 100 + run));
    const naive = await repeat(0, 3, (run) => flakyNaive(101 + run));
    // Five runs, not three: on this shared 2-core host one run's ratio ranged from 0.9 to 1.6 within
    // minutes, and a median of three moved with it by 0.2 from one bench to the next.
    const drains = await repeat(1, DRAIN_RUNS, async (run) => {
      // Alternate which goes first, so neither always meets the warmer machine.
      // A pause before each, for what the last one's closing (its browser context, its files) set off.
      const bareFirst = run % 2 === 1;
      const bareMs = bareFirst ? await sleep(QUIET_MS).then(() => bareTusDrain(browser, bare)) : 0;
      const outboxMs = await sleep(QUIET_MS).then(() => outboxDrain(browser, gateway));
      return {
        outboxMs,
        bareMs: bareFirst ? bareMs : await sleep(QUIET_MS).then(() => bareTusDrain(browser, bare)),
      };
    });
    const seconds = (values: number[]) =>
      spread(
        values.map((ms) => ms / 1000),
        1,
      );
    const completed = naive.filter((n) => n.completed).length;
    return [
      {
        id: 'sync.flaky_bytes_ratio',
        value: round(median(flaky.map((f) => f.ratio)), 3),
        unit: 'ratio',
        goal: 1.03,
        better: 'lower',
        runs: flaky.length,
        baseline: 'file size',
        note: `25 MiB from the outbox through a proxy cutting every 2–4 MiB (${spread(
          flaky.map((f) => f.cuts),
          0,
        )} cuts a run); all bytes the gateway read, headers and status checks included`,
      },
      {
        id: 'sync.flaky_bytes_ratio_naive',
        value: round(median(naive.map((n) => n.ratio)), 3),
        unit: 'ratio',
        goal: null,
        better: 'lower',
        runs: naive.length,
        baseline: 'file size',
        note:
          completed === naive.length
            ? 'one plain POST of the same 25 MiB through the same proxy, retried until it completed'
            : `one plain POST of the same 25 MiB through the same proxy: ${naive.length - completed} of ${naive.length} runs never completed (every attempt is cut before 4 MiB), given up after ${NAIVE_ATTEMPTS} attempts, so the value is a lower bound`,
      },
      {
        id: 'sync.flaky_naive_completed',
        value: completed,
        unit: 'runs',
        goal: null,
        better: 'higher',
        runs: naive.length,
        note: `plain POSTs of 25 MiB that got through the proxy cutting every 2–4 MiB, of ${naive.length} runs of ${NAIVE_ATTEMPTS} attempts`,
      },
      {
        id: 'sync.drain_vs_bare_tus',
        value: round(median(drains.map((d) => d.outboxMs / d.bareMs)), 2),
        unit: 'ratio',
        goal: 1.25,
        better: 'lower',
        runs: drains.length,
        baseline:
          'bare tus-js-client (defaults) uploading the same sizes one after another to a bare @tus/server',
        note: `100 × 1 MiB + 5 × 25 MiB; median of per-run ratios after 1 warm-up; outbox ${seconds(drains.map((d) => d.outboxMs))} s (SHA-256 check, file type, record and notification per document at the gateway), bare ${seconds(drains.map((d) => d.bareMs))} s`,
      },
    ];
  } finally {
    await browser.close();
    await bare.close();
    await gateway.close();
  }
}
