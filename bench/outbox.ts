// outbox.enqueue_25mb_vs_raw_put and outbox.enqueue_longest_task_ms (../shared/BENCH.md): queueing a
// 25 MB scan in the real outbox (read, hashed and encrypted in its worker, then written with
// 'strict' durability, answered only once committed) beside the least a page could do with the
// same bytes: one IndexedDB put, in the same page, run by run, side by side. The 25 MB file is made
// in the page before the clock starts (harness.makeFile), as a chosen file would already be there.
import type { JSHandle, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium.ts';
import { startTestGateway } from '../test/e2e/support/gateway.ts';
import type { OutboxHarness, QueueMeta } from '../test/e2e/support/outbox-harness.ts';
import { metaFor, openHarness } from '../test/e2e/outbox-session.ts';
import type { Figure } from './figure.ts';
import { median, repeat, round, spread } from './runs.ts';

const SIZE = 25 * 1024 * 1024;
const WARM_UP = 1;
const RUNS = 5;
/** The outbox's "something changed" channel (renderer/outbox/outbox-signals.ts): enqueue posts on it once committed. */
const OUTBOX_CHANNEL = 'hearth-outbox';

/**
 * One put of the bytes into a database of its own, timed from the Blob in hand to the commit:
 * reading the Blob is in both measurements. `durability` is Chromium's default ('relaxed') for the
 * raw put the figure divides by, and 'strict' (the outbox's) for the figure that isolates the crypto.
 */
function rawPut(page: Page, durability: IDBTransactionDurability): Promise<number> {
  return page.evaluate(
    async ({ size, durability }) => {
      const bytes = new Uint8Array(size);
      for (let at = 0; at < size; at += 65_536)
        crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
      const blob = new Blob([bytes], { type: 'application/pdf' });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('hearth-bench-raw', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('files');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const write = (value: unknown) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction('files', 'readwrite', { durability });
          if (value === undefined) tx.objectStore('files').delete('file');
          else tx.objectStore('files').put(value, 'file');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      const started = performance.now();
      await write(new Uint8Array(await blob.arrayBuffer()));
      const ms = performance.now() - started;
      await write(undefined); // the next run starts from the same, empty database
      db.close();
      return ms;
    },
    { size: SIZE, durability },
  );
}

/**
 * The real enqueue of a 25 MB file, timed in the page from the call to the outbox's "committed"
 * signal (the harness waits 100 ms more for late long-task entries; that wait is not counted).
 * The item is removed afterwards, so every run writes into the same, empty outbox.
 */
function timedEnqueue(harness: JSHandle<OutboxHarness>, meta: QueueMeta) {
  return harness.evaluate(
    async (h, { size, meta, channelName }) => {
      h.makeFile(size);
      const channel = new BroadcastChannel(channelName);
      const committed = new Promise<number>((resolve) => {
        channel.onmessage = () => resolve(performance.now());
      });
      const started = performance.now();
      const { result, longestTaskMs } = await h.enqueueMade(meta);
      const at = await Promise.race([
        committed,
        new Promise<null>((resolve) => setTimeout(resolve, 5_000, null)),
      ]);
      channel.close();
      if (!result.ok) throw new Error(`enqueue refused: ${result.message}`);
      if (at === null) throw new Error('the outbox never signalled the commit');
      await h.cancel(result.value.outboxId);
      return { ms: at - started, longestTaskMs };
    },
    { size: SIZE, meta, channelName: OUTBOX_CHANNEL },
  );
}

export async function outboxFigures(): Promise<Figure[]> {
  const gateway = await startTestGateway();
  const browser = await launchChromium();
  try {
    const opened = await openHarness(browser, gateway.url);
    const meta = metaFor({ name: 'scan-25mb.pdf', bytes: Buffer.alloc(0), sha256: '' }, 'bench-uploader');
    const runs = await repeat(WARM_UP, RUNS, async (run) => {
      // Alternate which goes first, so neither always gets the warmer page.
      const rawFirst = run % 2 === 0;
      const raw = rawFirst ? await rawPut(opened.page, 'relaxed') : 0;
      const enqueue = await timedEnqueue(opened.harness, meta);
      const relaxed = rawFirst ? raw : await rawPut(opened.page, 'relaxed');
      const strict = await rawPut(opened.page, 'strict');
      return { enqueue, relaxed, strict };
    });
    const ratios = runs.map((r) => r.enqueue.ms / r.relaxed);
    const strictRatios = runs.map((r) => r.enqueue.ms / r.strict);
    const longest = runs.map((r) => r.enqueue.longestTaskMs);
    const ms = (values: number[]) => spread(values, 0);
    return [
      {
        id: 'outbox.enqueue_25mb_vs_raw_put',
        value: round(median(ratios), 2),
        unit: 'ratio',
        goal: 4,
        better: 'lower',
        runs: RUNS,
        baseline: 'one IndexedDB put of the same 25 MiB in the same page (Chromium default durability)',
        note: `median of per-run ratios after ${WARM_UP} warm-up; enqueue ${ms(runs.map((r) => r.enqueue.ms))} ms, raw put ${ms(runs.map((r) => r.relaxed))} ms`,
      },
      {
        id: 'outbox.enqueue_25mb_vs_strict_put',
        value: round(median(strictRatios), 2),
        unit: 'ratio',
        goal: null,
        better: 'lower',
        runs: RUNS,
        baseline: "the same put with the outbox's 'strict' durability",
        note: `what hashing, encrypting and chunking cost beyond the flush to disk; strict put ${ms(runs.map((r) => r.strict))} ms`,
      },
      {
        id: 'outbox.enqueue_longest_task_ms',
        value: round(median(longest), 0),
        unit: 'ms',
        goal: 50,
        better: 'lower',
        runs: RUNS,
        note: `longest main-thread task (PerformanceObserver 'longtask') during each 25 MiB enqueue, median of runs (longest of all ${round(Math.max(...longest), 0)} ms); 0 means no task reached the 50 ms long-task threshold`,
      },
    ];
  } finally {
    await browser.close();
    await gateway.close();
  }
}
