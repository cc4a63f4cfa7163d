/**
 * What the upload e2e tests share: Hearth opened at the upload screens of the real app, sign-in as a demo account, the form filled as a person would, the
 * desktop notifications the page asked for, the outbox rows in IndexedDB, and the gateway's SQLite
 * file as the ground truth. Named uploads-*.ts (not .e2e.ts) so Vitest does not run it as a test.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { openPage, type OpenedPage } from './support/chromium.ts';
import { DEMO_ACCOUNTS, signIn } from './support/signed-in.ts';

/** The page's path at the gateway: the app itself. */
const START_PATH = '/';
/** The header's sign-out button, which asks the outbox first. */
export const SIGN_OUT = 'Sign out';

export interface Fixture {
  name: string;
  path: string;
  bytes: Buffer;
  sha256: string;
}

export function fixture(name: string): Fixture {
  const path = new URL(`../fixtures/${name}`, import.meta.url).pathname;
  const bytes = readFileSync(path);
  return { name, path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function account(username: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!found) throw new Error(`no demo account ${username}`);
  return found;
}

/**
 * Opens Hearth in a fresh context (fresh IndexedDB). Desktop notifications are recorded instead
 * of shown: the page's `Notification` is replaced before any app code runs, as if staff had allowed them.
 */
export async function openHearth(browser: Browser, gatewayUrl: string): Promise<OpenedPage> {
  const opened = await openPage(browser, 'about:blank');
  await opened.page.setViewportSize({ width: 1100, height: 900 });
  await opened.context.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '' });
      }
      close() {}
    }
    Reflect.set(window, 'Notification', RecordedNotification);
    Reflect.set(window, '__hearthNotifications', shown);
  });
  await opened.page.goto(`${gatewayUrl}${START_PATH}`);
  return opened;
}

export async function signInAs(page: Page, username: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in to Hearth' }).waitFor();
  await signIn(page, username, account(username).name);
}

/** Moves within the app by its address, as a link would. */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

const Notifications = z.array(z.object({ title: z.string(), body: z.string() }));

export async function notificationsShown(page: Page) {
  return Notifications.parse(await page.evaluate(() => Reflect.get(window, '__hearthNotifications')));
}

export interface UploadDetails {
  child: string;
  files: Fixture[];
  type: string;
  day: string;
  month: string;
  year: string;
  description?: string;
  onBehalfOf?: { name: string; role: string };
}

/** Fills the upload form as a person would with a mouse; files go in through the system file chooser. */
export async function fillUploadForm(page: Page, details: UploadDetails): Promise<void> {
  await page.getByLabel('Child', { exact: true }).selectOption({ label: details.child });
  // The drop zone is a button: it opens the system file chooser.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /^Document\b/ }).click(),
  ]);
  await chooser.setFiles(details.files.map((f) => f.path));
  await fillUploadDetails(page, details);
}

/** The rest of the upload form, once the child and the files are in. */
export async function fillUploadDetails(
  page: Page,
  details: Omit<UploadDetails, 'child' | 'files'>,
): Promise<void> {
  await page.getByLabel('Type of document').selectOption({ label: details.type });
  await page.getByLabel('Day').fill(details.day);
  await page.getByLabel('Month').fill(details.month);
  await page.getByLabel('Year').fill(details.year);
  if (details.description !== undefined) await page.getByLabel('Brief description').fill(details.description);
  if (details.onBehalfOf) {
    await page.getByLabel('Yes').check();
    await page.getByLabel('Their full name').fill(details.onBehalfOf.name);
    await page.getByLabel('Their role').fill(details.onBehalfOf.role);
  } else {
    await page.getByLabel('No, I wrote it').check();
  }
}

/** Where an outbox row stands, as stored: what a failing test prints to say why it waited. */
export interface OutboxRowState {
  outboxId: string;
  state: string;
  attempts: unknown;
  nextAttemptAt: unknown;
  lastError: unknown;
  attention: unknown;
}

/** The rows of the outbox database, read in the page the way the engine would find them. */
export function outboxRows(page: Page): Promise<OutboxRowState[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('hearth-outbox');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    if (!db.objectStoreNames.contains('items')) {
      db.close();
      return [];
    }
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('items', 'readonly').objectStore('items').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const field = (row: unknown, name: string): unknown => Reflect.get(Object(row), name);
    return rows.map((row) => ({
      outboxId: String(field(row, 'outboxId')),
      state: String(field(row, 'state')),
      attempts: field(row, 'attempts'),
      nextAttemptAt: field(row, 'nextAttemptAt'),
      lastError: field(row, 'lastError'),
      attention: field(row, 'attention'),
    }));
  });
}

/**
 * What the device and the gateway say about every upload, for a test that waited in vain to explain
 * itself: a wait that ran out says nothing of whether the device never sent, the gateway never
 * filed, or the mail never went.
 */
export async function whereUploadsStand(page: Page, dataDir: string): Promise<string> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const uploads: unknown = db
      .prepare('select outbox_id, state, reason, updated_at from outbox_uploads')
      .all();
    const notices: unknown = db
      .prepare('select state, attempts, next_attempt_at, last_error, sent_at, created_at from notifications')
      .all();
    const device = await page.evaluate(() => ({
      onLine: navigator.onLine,
      now: new Date().toISOString(),
      connection: document.querySelector('[data-testid="sync-connection"]')?.textContent ?? null,
    }));
    return JSON.stringify({ device, outbox: await outboxRows(page), uploads, notices }, null, 1);
  } finally {
    db.close();
  }
}

const DocumentRow = z.object({
  id: z.string(),
  child_id: z.string(),
  title: z.string(),
  file_sha256: z.string(),
  uploader_name: z.string().nullable(),
  uploader_role: z.string().nullable(),
  author_name: z.string().nullable(),
  author_role: z.string().nullable(),
});

/** The documents on children's records with `title`, read from the gateway's SQLite file. */
export function documentsTitled(dataDir: string, title: string): z.infer<typeof DocumentRow>[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        'select id, child_id, title, file_sha256, uploader_name, uploader_role, author_name, author_role from documents where title = ?',
      )
      .all(title);
    return z.array(DocumentRow).parse(rows);
  } finally {
    db.close();
  }
}

/** The gateway's hard-copy state for a document (001): 'to-mark', 'marked' or 'no-hard-copy'. */
export function hardCopyState(dataDir: string, documentId: string): string | null {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const row: unknown = db.prepare('select state from hard_copies where document_id = ?').get(documentId);
    return (
      z
        .object({ state: z.string() })
        .nullable()
        .parse(row ?? null)?.state ?? null
    );
  } finally {
    db.close();
  }
}
