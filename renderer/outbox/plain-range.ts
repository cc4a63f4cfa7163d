/**
 * The bytes [start, end) of a queued document's plain file, read from its sealed chunks in
 * IndexedDB and decrypted (chunk-crypto.ts). Runs in the range worker (workers/outbox-range.worker.ts)
 * so the page's main thread stays free while a document is sent; the page runs it itself only where
 * that worker cannot start. A chunk that is missing or fails AES-GCM's check is UnreadableChunkError:
 * sending a damaged document is worse than not sending it.
 */
import { CHUNK_BYTES, decryptChunk } from './chunk-crypto.ts';
import { readChunks } from './item-store.ts';

export class UnreadableChunkError extends Error {
  override name = 'UnreadableChunkError';
}

export interface SourceItem {
  outboxId: string;
  size: number;
  chunkCount: number;
}

export const MISSING_PART = 'A part of the queued document is missing on this computer.';
export const DAMAGED_PART = 'A part of the queued document cannot be opened on this computer.';

export async function plainRange(
  key: CryptoKey,
  item: SourceItem,
  start: number,
  end: number,
): Promise<Blob> {
  if (end <= start) return new Blob([]);
  const first = Math.floor(start / CHUNK_BYTES);
  const last = Math.min(item.chunkCount - 1, Math.floor((end - 1) / CHUNK_BYTES));
  const chunks = await readChunks(item.outboxId, first, last);
  if (!chunks) throw new UnreadableChunkError(MISSING_PART);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (const chunk of chunks) {
    const plain = await decryptChunk(key, item.outboxId, item.chunkCount, chunk);
    if (!plain) throw new UnreadableChunkError(DAMAGED_PART);
    const chunkStart = chunk.index * CHUNK_BYTES;
    parts.push(plain.subarray(Math.max(0, start - chunkStart), Math.min(plain.byteLength, end - chunkStart)));
  }
  return new Blob(parts);
}
