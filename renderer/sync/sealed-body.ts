/**
 * What the engine sends for an item queued with its own key (shared/api/sealed-upload.ts): its
 * chunks as kept, joined into one Blob. Only references are read: IndexedDB hands back each
 * chunk's file and the network service reads them as it sends, so neither the page nor a worker
 * reads or decrypts a byte (bench sync.drain_vs_bare_tus).
 */
import { Dexie } from 'dexie';
import { sealedChunkAt, sealedSizeOf } from '../../shared/api/sealed-upload.ts';
import { outboxDb } from '../outbox/outbox-db.ts';
import { parseSealedChunkRow, type ParsedItemRow } from '../outbox/outbox-rows.ts';
import type { UploadSource } from './tus-send.ts';

/** The item's sealed body; null when a chunk is missing or not as it was written (never send a hole). */
export async function sealedBody(item: ParsedItemRow): Promise<Blob | null> {
  const rows: unknown[] = await outboxDb()
    .chunks.where('[outboxId+index]')
    .between([item.outboxId, Dexie.minKey], [item.outboxId, Dexie.maxKey], true, true)
    .toArray();
  const chunks = rows.map(parseSealedChunkRow);
  if (chunks.length !== item.chunkCount) return null;
  const parts: Blob[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const place = sealedChunkAt(item.size, index);
    if (!chunk || chunk.index !== index || chunk.sealed.size !== place.end - place.start) return null;
    parts.push(chunk.sealed);
  }
  const body = new Blob(parts);
  return body.size === sealedSizeOf(item.size) ? body : null;
}

/** tus-js-client's view of the body: slices of the Blob, which are references too. */
export function blobSource(body: Blob): UploadSource {
  return {
    size: body.size,
    slice: (start, end) =>
      Promise.resolve({ value: body.slice(start, end), done: Math.min(end, body.size) >= body.size }),
    close: () => undefined,
  };
}
