/**
 * What the outbox e2e tests share: a harness page signed in as a demo account, documents served to
 * the page from Node (so the test knows their bytes and SHA-256), and a look at the raw IndexedDB
 * rows, as someone who copied the browser profile would see them. Named outbox-session.ts (not
 * .e2e.ts) so Vitest does not run it as a test file.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, JSHandle, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage } from './support/chromium.ts';
import {
  harnessIn,
  HARNESS_BASE,
  serveOutboxHarness,
  type OutboxHarness,
  type QueueMeta,
  type QueuedItem,
} from './support/outbox-harness.ts';
import { DEMO_PASSWORD } from './support/signed-in.ts';

export const FILES_BASE = '/__e2e__/files/';

export interface HarnessPage {
  context: BrowserContext;
  page: Page;
  harness: JSHandle<OutboxHarness>;
  problems: string[];
  /** Reloads the page and gives the fresh harness (tokens are in memory only: signed out). */
  reload(): Promise<JSHandle<OutboxHarness>>;
}

/** A document the test serves to the page: a PDF by its first bytes, random after them. */
export interface TestDocument {
  name: string;
  bytes: Buffer;
  sha256: string;
}

export function pdfDocument(name: string, size: number): TestDocument {
  const header = Buffer.from('%PDF-1.7\n% Hearth e2e test document (fictional)\n');
  const trailer = Buffer.from('\n%%EOF\n');
  const bytes = Buffer.concat([header, randomBytes(size - header.length - trailer.length), trailer]);
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function loadHarness(page: Page, gatewayUrl: string): Promise<JSHandle<OutboxHarness>> {
  await page.goto(`${gatewayUrl}${HARNESS_BASE}`);
  const harness = await harnessIn(page);
  await harness.evaluate((h) => h.boot());
  return harness;
}

/** Opens the harness in a fresh context (fresh IndexedDB), serving `documents` at FILES_BASE. */
export async function openHarness(
  browser: Browser,
  gatewayUrl: string,
  documents: TestDocument[] = [],
): Promise<HarnessPage> {
  const { context, page, problems } = await openPage(browser, 'about:blank');
  await serveOutboxHarness(page);
  const byName = new Map(documents.map((d) => [d.name, d]));
  await context.route(`**${FILES_BASE}**`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(FILES_BASE.length));
    const found = byName.get(name);
    return found
      ? route.fulfill({ status: 200, contentType: 'application/pdf', body: found.bytes })
      : route.fulfill({ status: 404, body: 'no such test document' });
  });
  const opened: HarnessPage = {
    context,
    page,
    problems,
    harness: await loadHarness(page, gatewayUrl),
    async reload() {
      await opened.harness.dispose();
      opened.harness = await loadHarness(page, gatewayUrl);
      return opened.harness;
    },
  };
  return opened;
}

/** Signs a demo account in, in the harness (the real sign-in), and answers their staff id. */
export function signInAs(harness: JSHandle<OutboxHarness>, username: string): Promise<string> {
  return harness.evaluate((h, who) => h.signIn(who.username, who.password), {
    username,
    password: DEMO_PASSWORD,
  });
}

export function metaFor(
  doc: TestDocument,
  uploaderStaffId: string,
  childId = 'child-leo-hartley',
): QueueMeta {
  return {
    childId,
    documentType: 'keyworker-monthly-report',
    title: 'Leo Hartley - Keyworker monthly report October - 31/10/2026',
    completedOn: '2026-10-31',
    fileName: doc.name,
    mimeType: 'application/pdf',
    uploaderStaffId,
  };
}

/** Queues `doc` (served at FILES_BASE) through the real `enqueue`; answers its outbox id. */
export async function enqueueDocument(
  harness: JSHandle<OutboxHarness>,
  doc: TestDocument,
  meta: QueueMeta,
): Promise<string> {
  const url = `${FILES_BASE}${encodeURIComponent(doc.name)}`;
  const queued = await harness.evaluate((h, a) => h.enqueueFrom(a.url, a.meta), { url, meta });
  if (!queued.ok) throw new Error(`enqueue refused (${queued.error}): ${queued.message}`);
  return queued.value.outboxId;
}

/** The item as the app lists it (undefined once it has gone). */
export const itemIn = async (
  harness: JSHandle<OutboxHarness>,
  outboxId: string,
): Promise<QueuedItem | undefined> =>
  (await harness.evaluate((h) => h.listItems())).find((i) => i.outboxId === outboxId);

/** Waits until the item reaches `state` (the engine runs on its own: nothing here pushes it). */
export async function reaches(
  harness: JSHandle<OutboxHarness>,
  outboxId: string,
  state: QueuedItem['state'],
  timeout = 30_000,
): Promise<QueuedItem> {
  await expect
    .poll(async () => (await itemIn(harness, outboxId))?.state, { timeout, interval: 250 })
    .toBe(state);
  const reached = await itemIn(harness, outboxId);
  if (!reached) throw new Error('item vanished');
  return reached;
}

/** Rows in the outbox database, and which of `needles` appear anywhere in them, in any form. */
export function rawOutboxSearch(
  page: Page,
  needles: { text: string[]; bytes: number[][] },
): Promise<{ items: number; chunks: number; chunkBytes: number; found: string[] }> {
  return page.evaluate(async ({ text, bytes }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('hearth-outbox');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const items = await all('items');
    const chunks = await all('chunks');
    db.close();
    const encoder = new TextEncoder();
    const byteNeedles = [
      ...bytes.map((b) => ({ label: `bytes:${b.length}`, run: b })),
      ...text.map((t) => ({ label: t, run: [...encoder.encode(t)] })),
    ];
    const found = new Set<string>();
    const contains = (hay: Uint8Array, run: number[]) => {
      outer: for (let i = 0; i + run.length <= hay.length; i += 1) {
        for (let j = 0; j < run.length; j += 1) if (hay[i + j] !== run[j]) continue outer;
        return true;
      }
      return false;
    };
    // Chunks are kept as Blobs (files IndexedDB holds): read, or the search would pass unlooked.
    const blobs: Blob[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === 'string') text.filter((t) => value.includes(t)).forEach((t) => found.add(t));
      else if (value instanceof Uint8Array)
        byteNeedles.filter((n) => contains(value, n.run)).forEach((n) => found.add(n.label));
      else if (value instanceof Blob) blobs.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    [...items, ...chunks].forEach(visit);
    for (const blob of blobs) visit(new Uint8Array(await blob.arrayBuffer()));
    // What the chunk rows hold in all: bytes, or Blobs (sealed bodies).
    const sizeOf = (value: unknown): number =>
      value instanceof Blob
        ? value.size
        : value instanceof Uint8Array
          ? value.byteLength
          : value && typeof value === 'object'
            ? Object.values(value).reduce((sum: number, v) => sum + sizeOf(v), 0)
            : 0;
    const chunkBytes = chunks.reduce((sum: number, chunk) => sum + sizeOf(chunk), 0);
    return { items: items.length, chunks: chunks.length, chunkBytes, found: [...found] };
  }, needles);
}
