/**
 * The outbox: documents waiting on this computer to be sent to the council (issue 4; DOMAIN.md
 * "Uploads": they wait safely until they can be sent, and are sent once). This module is what the
 * upload and queue screens call. The sync engine (renderer/sync) does the sending.
 *
 * Queueing: a worker reads, hashes and encrypts the file, then writes the item and all its chunks
 * in ONE IndexedDB transaction (save-item.ts), so a full disk leaves nothing half-written and the
 * page's main thread does none of the heavy work. `enqueue` resolves only after that transaction
 * committed: only then may the screen say "saved on this computer".
 */
import { uploadChildIds } from '../../shared/api/uploads.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { deviceKeys } from '../db/device-key.ts';
import { useSession } from '../session/session-store.ts';
import { readItem, applyEvent } from './item-store.ts';
import { isReceived, neverTried } from './item-status.ts';
import { outboxDb } from './outbox-db.ts';
import { EnqueueMeta, fileProblem } from './outbox-meta.ts';
import { currentCancelCheck, outboxChanged } from './outbox-signals.ts';
import { queueInWorker } from './queue-in-worker.ts';
import { uploadSignerFor } from '../session/upload-signer.ts';
import { toOutboxItems, type OutboxItem } from './read-items.ts';
import { persistenceGranted } from './storage-persistence.ts';

export type { OutboxItem } from './read-items.ts';
export type { OutboxState } from './item-status.ts';
export { persistenceGranted } from './storage-persistence.ts';
export { observeItems, type OutboxObservable } from './observe-items.ts';

/** `storage`: IndexedDB refused for another reason than space (rare; the message says what). */
export type EnqueueError = 'quota' | 'invalid' | 'key-unavailable' | 'storage';

export { QUOTA_MESSAGE } from './save-item.ts';
/** For screens that queue: call when they open, so saving works if the connection drops after. */
export { prepareQueueWorker as prepareToQueue } from './queue-in-worker.ts';

export async function enqueue(
  file: Blob,
  input: EnqueueMeta,
): Promise<Result<{ outboxId: string }, EnqueueError>> {
  const meta = EnqueueMeta.safeParse(input);
  if (!meta.success) {
    return fail('invalid', meta.error.issues[0]?.message ?? 'The details of the document are not complete.');
  }
  const problem = fileProblem(file);
  if (problem) return fail('invalid', problem);
  const keys = await deviceKeys();
  if (!keys.available) return fail('key-unavailable', keys.reason);
  void persistenceGranted();

  const outboxId = crypto.randomUUID();
  // Signed in the uploader's name when their session holds their upload key (issue 4: then any
  // session, or none, can send it); otherwise it waits for their own online session.
  const held = uploadSignerFor(meta.data.uploaderStaffId);
  const signer = held && { key: held.key, deviceId: held.deviceId };
  const job = {
    outboxId,
    queuedAt: new Date().toISOString(),
    file,
    key: keys.keys.aes,
    meta: meta.data,
    signer,
  };
  const saved = await queueInWorker(job);
  if (!saved.ok) return fail(saved.error === 'unreadable' ? 'invalid' : saved.error, saved.message);
  outboxChanged();
  await auditQueued(outboxId, meta.data);
  return ok({ outboxId });
}

/**
 * 001: every upload is logged, from the moment it is saved here (the gateway logs its receipt and
 * the notice). One event per child it is for, so each child's audit shows it; the outbox id and the
 * document type only, never the title or the file (the title may say more than a manager needs).
 */
async function auditQueued(outboxId: string, meta: EnqueueMeta): Promise<void> {
  const group = meta.groupChildIds !== undefined;
  for (const childId of uploadChildIds(meta)) {
    await recordAuditEvent({
      action: 'upload-queued',
      childId,
      detail: `${outboxId} ${meta.documentType}${group ? ' group item' : ''}`,
      offline: useSession.getState().mode === 'offline',
    }).catch((error: unknown) => {
      // Loud on purpose: an unlogged upload breaks 001; the e2e tests fail on console errors. The
      // document itself is safely saved, so the queueing still succeeds.
      console.error('Hearth could not record the audit event "upload-queued"', error);
    });
  }
}

/** Every queued, sending, received and notified item, oldest first. */
export async function listItems(): Promise<OutboxItem[]> {
  const rows: unknown[] = await outboxDb().items.toArray();
  return toOutboxItems(rows);
}

/** Try this item now (the backoff is reset; an item needing attention is tried again). */
export async function retryNow(outboxId: string): Promise<Result<void, 'not-found' | 'already-received'>> {
  const moved = await applyEvent(outboxId, { type: 'retry-now' });
  if (!moved.ok)
    return moved.error === 'gone' ? fail('not-found', moved.message) : fail(moved.error, moved.message);
  outboxChanged();
  return ok(undefined);
}

export type CancelError = 'not-found' | 'already-received' | 'unconfirmed';

const ALREADY_RECEIVED = 'The council has already received this document, so it can no longer be cancelled.';
const UNCONFIRMED =
  'Hearth has started sending this document and must first ask the council whether it arrived. Connect to the internet, sign in as the person who queued it, and try again.';

/**
 * Removes an item the council does not have yet (issue 4: cancel only before it was received).
 * Once sending may have begun, the gateway is asked first: the last bytes may have arrived even if
 * their answer did not.
 */
export async function cancel(outboxId: string): Promise<Result<void, CancelError>> {
  const item = await readItem(outboxId);
  if (!item) return fail('not-found', 'This document is no longer in the queue.');
  if (isReceived(item.state)) return fail('already-received', ALREADY_RECEIVED);
  // The engine is asked whenever it runs, even about an item that looks never tried: it may be
  // sending it for the first time right now, before any answer was written down.
  const check = currentCancelCheck();
  if (!neverTried(item) && !check) return fail('unconfirmed', UNCONFIRMED);
  const checked = check ? await check(outboxId) : null;
  try {
    if (checked?.answer === 'received') return fail('already-received', ALREADY_RECEIVED);
    if (checked?.answer === 'cannot-check') return fail('unconfirmed', UNCONFIRMED);
    const db = outboxDb();
    return await db.transaction('rw', db.items, db.chunks, async (): Promise<Result<void, CancelError>> => {
      const current = await readItem(outboxId);
      if (!current) return fail('not-found', 'This document is no longer in the queue.');
      if (isReceived(current.state)) return fail('already-received', ALREADY_RECEIVED);
      await db.chunks.where('outboxId').equals(outboxId).delete();
      await db.items.delete(outboxId);
      return ok(undefined);
    });
  } finally {
    checked?.release();
    outboxChanged();
  }
}
