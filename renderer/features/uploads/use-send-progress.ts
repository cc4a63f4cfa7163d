/**
 * Bytes sent per item, from the sync engine's progress events (renderer/sync/sync-events.ts):
 * IndexedDB is written only when the gateway acknowledges a chunk, too seldom for a progress bar.
 */
import { useEffect, useState } from 'react';
import { onSyncEvent } from '../../sync/sync-events.ts';

/** A render per progress event would be wasteful for a 50 MB file: at most this often. */
const REDRAW_MS = 250;

export function useSendProgress(): ReadonlyMap<string, number> {
  const [progress, setProgress] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    const latest = new Map<string, number>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onSyncEvent((event) => {
      if (event.type !== 'progress') return;
      latest.set(event.outboxId, event.bytesSent);
      timer ??= setTimeout(() => {
        timer = undefined;
        setProgress(new Map(latest));
      }, REDRAW_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return progress;
}
