/**
 * Wiping this computer after a manager revoked it (issue 7 "Data at rest": "a revoked device ... wipes
 * its local data at its next contact"). Everything Hearth keeps goes: the record cache and cached
 * documents, offline sign-ins, the audit queue and chain heads, the device key and identity (the
 * 'hearth' database), the browser's key store, any Cache Storage, and the outbox.
 *
 * The outbox items the council has not received are wiped too, and the person is told how many.
 * 003 asks for protection "against unauthorised ... access, loss, destruction": revocation is how a
 * manager says this computer may be in the wrong hands (lost, stolen, left with a leaver), and the
 * gateway will never again take anything from it, so keeping those documents protects them from
 * no loss (they can never be sent from here) while leaving children's data on an untrusted
 * computer, "kept for no longer than is necessary" no more. The originals are where they came
 * from (the paper form, the scan, the file); the count on screen tells the home to file them again
 * from another computer. No title is shown: titles name children, and whoever is at this
 * keyboard may not be staff.
 *
 * Before anything goes, the audit events not yet shipped are handed to the gateway in one last
 * try (final-audit.ts), each vouched for by its person's key: the gateway's audit is the
 * authoritative one, and it would otherwise never learn what was viewed here offline.
 *
 * Then the page reloads, so nothing read before (records in memory, tokens) survives either; the
 * reason and the count wait in localStorage (no personal data) for the screen that explains.
 */
import { Dexie } from 'dexie';
import { DB_NAME } from '../db/database.ts';
import { KEY_DB_NAME } from '../host/browser-key-store.ts';
import { OUTBOX_DB_NAME } from '../outbox/outbox-db.ts';
import { shipLastAuditEvents } from './final-audit.ts';
import { saveWipeNotice } from './wipe-notice.ts';

/** Outbox items the council has not received (not 'received' or 'notified'); 0 if unreadable. */
async function unsentCount(): Promise<number> {
  if (!(await Dexie.exists(OUTBOX_DB_NAME).catch(() => false))) return 0;
  const db = new Dexie(OUTBOX_DB_NAME);
  try {
    await db.open(); // opened at whatever version it has: only the state column is read
    const rows: unknown[] = await db.table('items').toArray();
    return rows.filter((row) => {
      const state: unknown = typeof row === 'object' && row !== null ? Reflect.get(row, 'state') : undefined;
      return state !== 'received' && state !== 'notified';
    }).length;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

let wiping: Promise<void> | null = null;

async function wipe(): Promise<void> {
  // First the audit events not yet shipped, so the gateway's audit keeps what was viewed offline.
  await shipLastAuditEvents();
  const unsent = await unsentCount();
  // Open connections (the sync engine's, the record cache's) close on the deletion's versionchange.
  await Promise.allSettled([DB_NAME, OUTBOX_DB_NAME, KEY_DB_NAME].map((name) => Dexie.delete(name)));
  if (typeof caches !== 'undefined') {
    const names = await caches.keys().catch(() => []);
    await Promise.allSettled(names.map((name) => caches.delete(name)));
  }
  saveWipeNotice({ at: new Date().toISOString(), unsent });
  window.location.reload();
}

/** Wipes once (many requests may hear "device-revoked" at the same moment), then reloads the page. */
export function wipeThisDevice(): Promise<void> {
  wiping ??= wipe();
  return wiping;
}
