/**
 * What the sync engine tells the screens as it works: bytes sent (for the queue's progress bar,
 * which IndexedDB would be too slow to drive) and "the queue is empty" (for the desktop
 * notification). States themselves are read from the outbox (observeItems), which is the truth.
 */
export type SyncEvent =
  | { type: 'progress'; outboxId: string; bytesSent: number; bytesTotal: number }
  | { type: 'drained'; sent: number }
  /** A sync contact forgot what the device held about children no longer placed (sync-contact.ts). */
  | { type: 'departed-forgotten'; placed: number }
  /** A sync contact kept the home's newest permitted documents for offline reading (sync-contact.ts). */
  | { type: 'offline-copies-kept'; kept: number };

type Listener = (event: SyncEvent) => void;
const listeners = new Set<Listener>();

export function onSyncEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitSyncEvent(event: SyncEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch {
      // A screen's mistake must not stop the upload.
    }
  }
}
