/**
 * What an answer from the gateway means for an outbox item, as pure decisions (unit-tested): the
 * sync engine asks the gateway's status before and after every try, and acts only on this.
 */
import type { UploadStatus } from '../../shared/api/uploads.ts';
import type { StatusEvent } from '../outbox/item-status.ts';
import type { SendOutcome } from './tus-send.ts';

/** Records what a status answer says when it settles the item; null when bytes must still go. */
export function settledBy(status: UploadStatus): StatusEvent | null {
  if (status.state === 'received') {
    return {
      type: 'received',
      documentId: status.documentId,
      recordedAt: status.recordedAt,
      notification: status.notification,
    };
  }
  if (status.state === 'rejected') return { type: 'needs-attention', reason: status.reason };
  return null;
}

/** Where the gateway's status leaves an item it neither has nor refused, after `outcome`. */
export function unsettledNext(
  outcome: SendOutcome,
  state: 'unknown' | 'receiving',
): 'restart' | 'attention' | 'later' {
  if (outcome.kind === 'refused')
    return outcome.during === 'create' || state === 'receiving' ? 'attention' : 'restart';
  // All bytes went, or the gateway said "start again", and it holds no upload now: it threw the bytes
  // away (e.g. their SHA-256 did not match). Same outbox id, from zero.
  if (state === 'unknown') return 'restart';
  // It still holds the upload but would not let this device at it (e.g. the child left the home).
  if (outcome.kind === 'restart-from-zero') return 'attention';
  return 'later';
}

/**
 * Items sent at once. One at a time left the connection idle during each item's create, its
 * IndexedDB reads and writes and the gateway's finishing (SHA-256, record, notice): with a few in
 * flight, one item's waits overlap another's bytes (bench sync.drain_vs_bare_tus). Six was tried: on
 * this 2-core machine it cost more CPU than it saved, and the runs were too noisy to call it faster.
 * Oldest first still starts first.
 */
export const MAX_IN_FLIGHT = 3;

/**
 * Items bigger than a PATCH with bytes on the line at once. With one, the line sat idle 100–170 ms
 * between big items (measured at the gateway: one body's last byte written, the next body's first):
 * the last byte's report reaches the page late, then the next item's reads and create follow.
 * Two overlap those waits; more would split a slow line many ways and hold more in memory for nothing.
 */
export const MAX_BIG_ON_THE_LINE = 2;

/**
 * Whether an item of `size` bytes may start beside those in flight. `bigOnes`: how many over
 * `patchBytes` still have bytes going up the line; one whose last byte went, and which waits on the
 * gateway's checking and filing, no longer counts (sync-engine.ts).
 */
export function mayStart(
  inFlight: { count: number; bigOnes: number },
  size: number,
  patchBytes: number,
): boolean {
  return inFlight.count < MAX_IN_FLIGHT && (size <= patchBytes || inFlight.bigOnes < MAX_BIG_ON_THE_LINE);
}
