/**
 * Where an outbox item stands, and the only moves it may make (issue 4, DOMAIN.md "Uploads": sent
 * once, never lost). Pure: the sync engine and `retryNow`/`cancel` ask `advance` and write what it
 * gives back, so the rules are unit-tested without IndexedDB or a gateway.
 *
 *   queued ──upload created──▶ sending ──gateway stored it──▶ received ──email sent──▶ notified
 *      ▲                          │
 *      └──expired upload, or ─────┘         any unfinished state ──refused──▶ needs-attention
 *         hash mismatch: from zero                                   (retried on reconnect)
 *
 * Received and notified are final for sending: nothing may move an item back from them, so a
 * document the council has is never sent again.
 */
import { z } from 'zod';
import { UploadNotification } from '../../shared/api/uploads.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { retryDelayMs } from '../sync/backoff.ts';

export const OUTBOX_STATES = ['queued', 'sending', 'received', 'notified', 'needs-attention'] as const;
export const OutboxState = z.enum(OUTBOX_STATES);
export type OutboxState = z.infer<typeof OutboxState>;

export const ItemStatus = z.object({
  state: OutboxState,
  /** Tries that did not end with the document received; persisted, shown on the queue screen. */
  attempts: z.number().int().nonnegative(),
  /**
   * Failures since the gateway last took more bytes: the backoff grows with this, so a connection
   * cut every few megabytes keeps going quickly while a gateway that is down is asked less often.
   */
  failuresInARow: z.number().int().nonnegative(),
  /** Not before this time (ISO); null means "as soon as the engine can". */
  nextAttemptAt: z.iso.datetime().nullable(),
  /** The tus upload at the gateway, kept so a restart resumes from the gateway's offset. */
  uploadUrl: z.string().nullable(),
  /** Bytes the gateway has acknowledged (tus offset). */
  bytesAcked: z.number().int().nonnegative(),
  documentId: z.string().nullable(),
  recordedAt: z.iso.datetime().nullable(),
  notification: UploadNotification.nullable(),
  /** Why the item needs someone to look at it; shown as written. */
  attention: z.string().nullable(),
  /** The last passing problem (e.g. "cannot reach the gateway"), for the queue screen. */
  lastError: z.string().nullable(),
});
export type ItemStatus = z.infer<typeof ItemStatus>;

export type StatusEvent =
  | { type: 'upload-created'; uploadUrl: string }
  | { type: 'bytes-acked'; bytes: number }
  /** The gateway lost the upload (404/410) or refused its hash: send it all again, same outbox id. */
  | { type: 'restart-from-zero'; reason: string }
  | { type: 'received'; documentId: string; recordedAt: string; notification: UploadNotification }
  | { type: 'notification'; notification: UploadNotification }
  /** A try failed; `progressed` when the gateway took more bytes during it. */
  | { type: 'failed'; reason: string; progressed: boolean; random: number }
  /** Ask the gateway again after `delayMs` (e.g. whether the social worker's email has gone). */
  | { type: 'check-later'; delayMs: number }
  | { type: 'needs-attention'; reason: string }
  | { type: 'retry-now' };

export type StatusRefusal = 'already-received';

export const initialStatus = (): ItemStatus => ({
  state: 'queued',
  attempts: 0,
  failuresInARow: 0,
  nextAttemptAt: null,
  uploadUrl: null,
  bytesAcked: 0,
  documentId: null,
  recordedAt: null,
  notification: null,
  attention: null,
  lastError: null,
});

/** Received or notified: the council has the document. */
export const isReceived = (state: OutboxState): boolean => state === 'received' || state === 'notified';

/**
 * Never tried, as far as this device has written down: no try recorded, no upload created. An item
 * being sent for the first time can look like this until its first answer is written, so only the
 * sync engine, which knows what it is sending, may take it as "never sent" (sync-engine.ts).
 */
export const neverTried = (
  status: Pick<ItemStatus, 'state' | 'attempts' | 'uploadUrl' | 'bytesAcked'>,
): boolean =>
  status.state === 'queued' && status.attempts === 0 && status.uploadUrl === null && status.bytesAcked === 0;

/** Only an item the council does not have yet may be cancelled (issue 4: "cancel only before received"). */
export const mayCancel = (state: OutboxState): boolean => !isReceived(state);

const afterReceipt = (notification: UploadNotification): OutboxState =>
  notification.state === 'sent' ? 'notified' : 'received';

const REFUSED = fail('already-received', 'The council already has this document; it will not be sent again.');

export function advance(
  status: ItemStatus,
  event: StatusEvent,
  now: Date,
): Result<ItemStatus, StatusRefusal> {
  const received = isReceived(status.state);
  switch (event.type) {
    case 'upload-created':
      if (received) return REFUSED;
      return ok({ ...status, state: 'sending', uploadUrl: event.uploadUrl, attention: null });
    case 'bytes-acked':
      if (received) return REFUSED;
      return ok({ ...status, bytesAcked: event.bytes });
    case 'restart-from-zero':
      if (received) return REFUSED;
      return ok({ ...status, state: 'queued', uploadUrl: null, bytesAcked: 0, lastError: event.reason });
    case 'received':
      // Heard again (a lost answer, then a status check; or asking after the email): the first
      // receipt stands, only the news about the social worker's notification is taken.
      if (status.state === 'notified') return ok(status); // the email went: nothing to add
      if (received) {
        return ok({ ...status, state: afterReceipt(event.notification), notification: event.notification });
      }
      return ok({
        ...status,
        state: afterReceipt(event.notification),
        documentId: event.documentId,
        recordedAt: event.recordedAt,
        notification: event.notification,
        nextAttemptAt: null,
        attention: null,
        lastError: null,
      });
    case 'notification':
      if (status.state !== 'received') return ok(status);
      return ok({ ...status, state: afterReceipt(event.notification), notification: event.notification });
    case 'failed': {
      const failuresInARow = event.progressed ? 1 : status.failuresInARow + 1;
      const next = new Date(now.getTime() + retryDelayMs(failuresInARow, event.random));
      return ok({
        ...status,
        attempts: status.attempts + 1,
        failuresInARow,
        nextAttemptAt: next.toISOString(),
        lastError: event.reason,
      });
    }
    case 'check-later':
      return ok({ ...status, nextAttemptAt: new Date(now.getTime() + event.delayMs).toISOString() });
    case 'needs-attention':
      if (received) return REFUSED;
      return ok({
        ...status,
        state: 'needs-attention',
        attempts: status.attempts + 1,
        attention: event.reason,
        nextAttemptAt: null,
      });
    case 'retry-now':
      if (received) return ok({ ...status, nextAttemptAt: null });
      return ok({
        ...status,
        state: status.uploadUrl === null ? 'queued' : 'sending',
        failuresInARow: 0,
        attention: null,
        nextAttemptAt: null,
      });
  }
}
