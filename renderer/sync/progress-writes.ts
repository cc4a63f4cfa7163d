/**
 * What the engine records while one try sends a document: the upload URL and the bytes the gateway
 * acknowledged. The upload URL is written at once: from then on the item shows as "sending", and a
 * cancel must ask the gateway first. So is an acknowledgement short of the end, so a closed app
 * shows how far the document got. The last acknowledgement is held, and goes with the try's outcome
 * in one transaction: for a document whose last answer said it is on the record, the try writes
 * twice, not four times (bench sync.drain_vs_bare_tus).
 *
 * A document sent in one request (tus-send.ts `sendsInOneRequest`) learns its upload URL from the
 * answer that carried every byte: that URL is held too, and goes with the outcome (one write, not two).
 *
 * Holding back is safe: an acknowledgement is a copy of what the gateway knows, and the engine asks
 * the gateway before it acts on it (outbox-db.ts `outboxProgressDb`). A held URL lost in a crash
 * leaves an item that creates again: the gateway answers 409 and its status is asked (process-item.ts).
 */
import type { StatusEvent } from '../outbox/item-status.ts';

export interface ProgressWrites {
  record(event: Extract<StatusEvent, { type: 'upload-created' | 'bytes-acked' }>): void;
  /** The highest acknowledgement recorded in this try (0 if none). */
  acked(): number;
  /** Writes what is held, after what was written before; resolves when all is written. */
  flush(): Promise<void>;
  /** Takes what is held, to be written with the outcome; resolves after the earlier writes. */
  take(): Promise<StatusEvent[]>;
}

export function progressWrites(
  size: number,
  write: (events: StatusEvent[]) => Promise<unknown>,
  /** The create carries every byte: its upload URL comes with the final answer. */
  oneRequest = false,
): ProgressWrites {
  let held: StatusEvent[] = [];
  // In order, one after another: a late "5 MB acknowledged" must not overwrite "8 MB".
  let writes: Promise<unknown> = Promise.resolve();
  let acked = 0;
  const flush = () => {
    const events = held;
    held = [];
    if (events.length > 0) writes = writes.then(() => write(events));
    return writes.then(() => undefined);
  };
  return {
    record(event) {
      held.push(event);
      if (event.type === 'bytes-acked') acked = Math.max(acked, event.bytes);
      if (event.type === 'upload-created' ? !oneRequest : event.bytes < size) void flush();
    },
    acked: () => acked,
    flush,
    async take() {
      await writes;
      const events = held;
      held = [];
      return events;
    },
  };
}
