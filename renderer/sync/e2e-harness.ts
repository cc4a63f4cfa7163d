/**
 * NOT part of the app: the outbox end-to-end tests (test/e2e/outbox*.e2e.ts) bundle this file on
 * its own and load it in a page at the gateway's origin, so they drive the real outbox, worker,
 * sync engine and sign-in in real Chromium with real IndexedDB. Nothing in the app imports it. It
 * only composes the public functions of the modules it names, as the upload and queue screens will.
 */
import '../zod-without-eval.ts';
import { useUiStore } from '../app/ui-store.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { host } from '../host/index.ts';
import { cancel, enqueue, listItems, observeItems, persistenceGranted, retryNow } from '../outbox/outbox.ts';
import type { OutboxItem } from '../outbox/outbox.ts';
import type { EnqueueMeta } from '../outbox/outbox-meta.ts';
import { useSession } from '../session/session-store.ts';
import { signInOnline } from '../session/sign-in.ts';
import { enqueueLegacy } from './e2e-legacy-item.ts';
import { startOutboxSync } from './start-sync.ts';
import { onSyncEvent, type SyncEvent } from './sync-events.ts';

const events: SyncEvent[] = [];
let made: Blob | null = null;
onSyncEvent((event) => events.push(event));

/** The latest list from observeItems, to prove the live query follows every change. */
let observed: OutboxItem[] = [];
observeItems().subscribe((items) => {
  observed = items;
});

export const harness = {
  /** What the app shell does at start: learn the gateway's address from the host. */
  async boot(): Promise<void> {
    const [info, url] = await Promise.all([host.appInfo(), host.gatewayUrl()]);
    useUiStore.getState().hostLoaded(info, url);
  },
  async signIn(username: string, password: string): Promise<string> {
    const result = await signInOnline(username, password);
    if (!result.ok) throw new Error(`sign-in failed: ${result.message}`);
    return result.value.id;
  },
  signOut: () => useSession.getState().signOut(),
  /**
   * Records `count` searches without waiting for any to be written, then signs out at once, as a
   * person does who looks something up on a busy computer and leaves (test/e2e/audit-sign-out.e2e.ts).
   */
  async searchThenSignOut(words: string, count: number): Promise<void> {
    for (let i = 0; i < count; i += 1)
      void recordAuditEvent({
        action: 'search-children',
        childId: null,
        detail: `${words} ${i}`,
        offline: false,
      });
    await useSession.getState().signOut();
  },
  /** `stallMs`: a test of a dead connection gives up on a silent send sooner than the app does. */
  async startSync(options: { stallMs?: number } = {}): Promise<void> {
    if (options.stallMs === undefined) await startOutboxSync();
    else {
      const { sessionDeps } = await import('./session-link.ts');
      await startOutboxSync({ ...sessionDeps, stallMs: options.stallMs });
    }
  },
  /**
   * Loads the engine's lazy chunks now: the bench stops serving the harness before it times a drain
   * (bench/sync.ts), and a chunk asked for after that would not load.
   */
  async loadSender(): Promise<void> {
    await Promise.all([
      import('tus-js-client'),
      import('./sync-engine.ts'),
      import('./session-link.ts'),
      import('./sync-contact.ts'),
      import('./range-in-worker.ts').then(async (m) => {
        if (!(await m.warmRangeWorker())) throw new Error('the range worker did not start');
      }),
    ]);
  },
  async runSyncNow(): Promise<void> {
    await (await startOutboxSync()).runNow();
  },
  /** Queues the file at `url` (served to the page by the test) as a document. */
  async enqueueFrom(url: string, meta: EnqueueMeta) {
    const file = await (await fetch(url)).blob();
    return enqueue(file, meta);
  },
  /** Queues the file at `url` as Hearth did before sealed sending (e2e-legacy-item.ts); answers its outbox id. */
  async enqueueLegacyFrom(url: string, meta: EnqueueMeta): Promise<string> {
    return enqueueLegacy(await (await fetch(url)).blob(), meta);
  },
  /** Makes a `size`-byte PDF-looking file in the page, kept for `enqueueMade` (made apart, so it is not timed). */
  makeFile(size: number): void {
    const bytes = new Uint8Array(size);
    for (let at = 0; at < size; at += 65_536)
      crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
    made = new Blob([bytes], { type: 'application/pdf' });
  },
  /**
   * Queues the file from `makeFile` while watching the main thread: every task over 50 ms is a
   * "long task" to Chromium. Answers the enqueue's result and the longest such task (0 if none).
   */
  async enqueueMade(meta: EnqueueMeta) {
    if (!made) throw new Error('makeFile first');
    const longest = { ms: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const result = await enqueue(made, meta);
    // Long tasks are reported after they end: give the last one a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return { result, longestTaskMs: longest.ms };
  },
  listItems,
  observedItems: () => observed,
  retryNow,
  cancel,
  persistenceGranted,
  syncEvents: () => events.slice(),
};

export type OutboxHarness = typeof harness;
