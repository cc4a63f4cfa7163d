/**
 * The document as tus-js-client reads it: a FileReader whose source opens only the chunks a PATCH
 * needs, from IndexedDB, a range at a time, the next ones while the current one is sent
 * (read-ahead.ts). The plain bytes exist in memory only while they are being sent, never on disk. A chunk that is missing or fails AES-GCM's check stops the upload
 * with UnreadableChunkError: sending a damaged document is worse than not sending it.
 */
import { CHUNK_BYTES, decryptChunk } from '../outbox/chunk-crypto.ts';
import { readChunks } from '../outbox/item-store.ts';
import { readAhead } from './read-ahead.ts';

export class UnreadableChunkError extends Error {
  override name = 'UnreadableChunkError';
}

export interface SourceItem {
  outboxId: string;
  size: number;
  chunkCount: number;
}

export interface FileSlice {
  value: Blob;
  done: boolean;
}

export interface DecryptingFileSource {
  size: number;
  slice(start: number, end: number): Promise<FileSlice>;
  close(): void;
}

/** The bytes [start, end) of the item's plain file. */
async function plainRange(key: CryptoKey, item: SourceItem, start: number, end: number): Promise<Blob> {
  if (end <= start) return new Blob([]);
  const first = Math.floor(start / CHUNK_BYTES);
  const last = Math.min(item.chunkCount - 1, Math.floor((end - 1) / CHUNK_BYTES));
  const chunks = await readChunks(item.outboxId, first, last);
  if (!chunks) throw new UnreadableChunkError('A part of the queued document is missing on this computer.');
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (const chunk of chunks) {
    const plain = await decryptChunk(key, item.outboxId, item.chunkCount, chunk);
    if (!plain)
      throw new UnreadableChunkError('A part of the queued document cannot be opened on this computer.');
    const chunkStart = chunk.index * CHUNK_BYTES;
    parts.push(plain.subarray(Math.max(0, start - chunkStart), Math.min(plain.byteLength, end - chunkStart)));
  }
  return new Blob(parts);
}

/** `first`: the range the first PATCH will ask for, read at once (while the upload is created). */
export function decryptingSource(
  key: CryptoKey,
  item: SourceItem,
  first?: { start: number; end: number },
): DecryptingFileSource {
  // Two ranges ahead: reading from IndexedDB was slower than sending, so one ahead still left gaps.
  const ranges = readAhead(item.size, (start, end) => plainRange(key, item, start, end), first, 2);
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
