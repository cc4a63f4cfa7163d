/**
 * A page at the gateway's origin that runs the real outbox, its crypto worker, the sync engine and
 * the real sign-in, for the outbox e2e tests. The production build exposes nothing for tests, so
 * renderer/sync/e2e-harness.ts is bundled on its own by Vite (same build-time values as the app,
 * the worker and lazy chunks as separate files) and served under HARNESS_BASE through Playwright's
 * routing, with the gateway's own security headers: the code runs at the app's origin, under the
 * app's CSP, with the app's IndexedDB. Routed answers need no network, so the page reloads offline.
 */
import { fileURLToPath } from 'node:url';
import type { JSHandle, Page } from 'playwright-core';
import { build } from 'vite';
import { SECURITY_HEADERS } from '../../../gateway/http/security-headers.ts';
import { rendererConfig } from '../../../vite.web.config.ts';

export const HARNESS_BASE = '/__e2e__/outbox/';
const ENTRY = fileURLToPath(new URL('../../../renderer/sync/e2e-harness.ts', import.meta.url));

interface Served {
  contentType: string;
  body: string | Uint8Array;
}

const PAGE: Served = {
  contentType: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outbox harness</title>
<script type="module" src="${HARNESS_BASE}harness.js"></script></head><body><h1>Outbox harness</h1></body></html>`,
};

let bundled: Promise<Map<string, Served>> | undefined;

const typeOf = (name: string) => (name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');

async function bundleHarness(): Promise<Map<string, Served>> {
  const result = await build({
    configFile: false,
    root: rendererConfig.root,
    define: rendererConfig.define,
    base: HARNESS_BASE,
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      write: false,
      minify: false,
      target: 'es2023',
      modulePreload: false,
      rolldownOptions: {
        input: { harness: ENTRY },
        // An app build drops an entry's exports by default; the tests import `harness` from it.
        preserveEntrySignatures: 'exports-only',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // zod and the module that turns its eval probe off must run together, before any schema
          // is made: split apart, a chunk of schemas ran first here and the CSP refused the probe.
          codeSplitting: {
            groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|zod-without-eval/ }],
          },
        },
      },
    },
  });
  const files = new Map<string, Served>([
    ['', PAGE],
    ['index.html', PAGE],
  ]);
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    for (const file of output.output) {
      const body = file.type === 'chunk' ? file.code : file.source;
      files.set(file.fileName, { contentType: typeOf(file.fileName), body });
    }
  }
  if (!files.has('harness.js')) throw new Error('Vite produced no harness.js');
  return files;
}

/** Serves the harness to every page of `page`'s context (call before opening HARNESS_BASE). */
export async function serveOutboxHarness(page: Page): Promise<void> {
  bundled ??= bundleHarness();
  const files = await bundled;
  await page.context().route(`**${HARNESS_BASE}**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(HARNESS_BASE.length);
    const file = files.get(path);
    if (!file) return route.fulfill({ status: 404, body: 'not in the harness' });
    const body = typeof file.body === 'string' ? file.body : Buffer.from(file.body);
    return route.fulfill({
      status: 200,
      contentType: file.contentType,
      headers: { ...SECURITY_HEADERS, 'cache-control': 'no-store' },
      body,
    });
  });
}

/** The harness module of the page (loaded by its script tag; `import()` gives the same instance). */
export function harnessIn(page: Page): Promise<JSHandle<OutboxHarness>> {
  // A string, not a function: Vitest rewrites `import()` inside test code, and the page has no Vite.
  return page.evaluateHandle<OutboxHarness>(
    `import(${JSON.stringify(`${HARNESS_BASE}harness.js`)}).then((m) => m.harness)`,
  );
}

/** What the tests call in the page: the shape of `harness` in renderer/sync/e2e-harness.ts. */
export interface OutboxHarness {
  boot(): Promise<void>;
  signIn(username: string, password: string): Promise<string>;
  signOut(): Promise<void>;
  searchThenSignOut(words: string, count: number): Promise<void>;
  startSync(options?: { stallMs?: number }): Promise<void>;
  loadSender(): Promise<void>;
  runSyncNow(): Promise<void>;
  enqueueFrom(url: string, meta: QueueMeta): Promise<EnqueueResult>;
  enqueueLegacyFrom(url: string, meta: QueueMeta): Promise<string>;
  makeFile(size: number): void;
  enqueueMade(meta: QueueMeta): Promise<{ result: EnqueueResult; longestTaskMs: number }>;
  listItems(): Promise<QueuedItem[]>;
  observedItems(): QueuedItem[];
  retryNow(outboxId: string): Promise<PlainResult>;
  cancel(outboxId: string): Promise<PlainResult>;
  persistenceGranted(): Promise<boolean | null>;
  syncEvents(): SyncEventSeen[];
}

export interface QueueMeta {
  childId: string;
  documentType: string;
  title: string;
  completedOn: string;
  fileName: string;
  mimeType: string;
  authorName?: string;
  authorRole?: string;
  uploaderStaffId: string;
}

export type PlainResult = { ok: true } | { ok: false; error: string; message: string };
export type EnqueueResult =
  { ok: true; value: { outboxId: string } } | { ok: false; error: string; message: string };

export interface QueuedItem {
  outboxId: string;
  state: 'queued' | 'sending' | 'received' | 'notified' | 'needs-attention';
  uploaderStaffId: string;
  size: number;
  attempts: number;
  bytesAcked: number;
  documentId: string | null;
  attention: string | null;
  lastError: string | null;
  notification: { state: string; recipientName: string } | null;
  meta: { title: string; sha256: string; childId: string } | null;
}

export type SyncEventSeen =
  | { type: 'progress'; outboxId: string; bytesSent: number; bytesTotal: number }
  | { type: 'drained'; sent: number };
