/**
 * An item queued before sealed sending (its chunks under the device key), as tus-js-client reads
 * it: a FileReader whose source opens only the chunks a PATCH
 * needs, from IndexedDB, a range at a time, the next ones while the current one is sent
 * (read-ahead.ts), in the range worker (range-in-worker.ts). The plain bytes exist in memory only
 * while they are being sent, never on disk. A chunk that is missing or fails AES-GCM's check stops
 * the upload with UnreadableChunkError: sending a damaged document is worse than not sending it.
 */
import type { SourceItem } from '../outbox/plain-range.ts';
import { rangeInWorker } from './range-in-worker.ts';
import { readAhead } from './read-ahead.ts';
import type { UploadSource } from './tus-send.ts';

/** `first`: the range the first PATCH will ask for, read at once (while the upload is created). */
export function decryptingSource(
  key: CryptoKey,
  item: SourceItem,
  first?: { start: number; end: number },
): UploadSource {
  // Two ranges ahead: reading from IndexedDB was slower than sending, so one ahead still left gaps.
  const ranges = readAhead(item.size, (start, end) => rangeInWorker(key, item, start, end), first, 2);
  return {
    size: item.size,
    async slice(start, end) {
      const stop = Math.min(end, item.size);
      return { value: await ranges.read(start, stop), done: stop >= item.size };
    },
    close() {
      ranges.drop();
    },
  };
}
