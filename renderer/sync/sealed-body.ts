/**
 * What the engine sends for an item queued with its own key (shared/api/sealed-upload.ts): its
 * sealed chunks as kept, one Blob. Only references are read: IndexedDB hands back each
 * chunk's file and the network service reads them as it sends, so neither the page nor a worker
 * reads or decrypts a byte (bench sync.drain_vs_bare_tus).
 */
import { Dexie } from 'dexie';
import { sealedSizeOf } from '../../shared/api/sealed-upload.ts';
import { outboxDb } from '../outbox/outbox-db.ts';
import { parseItemRow, parseSealedChunkRow, type ParsedItemRow } from '../outbox/outbox-rows.ts';
import type { UploadSource } from './tus-send.ts';

/**
 * The item's sealed body from its chunk rows: its pieces in order (the queue worker writes one; a
 * later version may write more). Null when a piece is missing or the whole is not the length the
 * file seals to (never send a hole; the gateway checks every chunk's tag besides).
 */
function bodyFrom(item: ParsedItemRow, rows: unknown[]): Blob | null {
  const pieces = rows.map(parseSealedChunkRow);
  const parts: Blob[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (!piece || piece.index !== index) return null;
    parts.push(piece.sealed);
  }
  // One piece is sent as it is: wrapping or slicing an IndexedDB file costs the page a round trip to
  // the browser's blob registry each time (about 2 ms in a profile of the drain).
  const body = parts.length === 1 && parts[0] ? parts[0] : new Blob(parts);
  return parts.length > 0 && body.size === sealedSizeOf(item.size) ? body : null;
}

/**
 * An item as it stands, with its sealed body when it has its own key, read in one transaction: the
 * engine reads every item afresh before its try, and a second transaction for its body was a round
 * trip to the browser's IndexedDB per document (bench sync.drain_vs_bare_tus). `sealed` is undefined
 * for an older item, whose chunks are read a PATCH at a time (decrypting-source.ts).
 */
export async function readItemToSend(
  outboxId: string,
): Promise<{ item: ParsedItemRow; sealed?: Blob | null } | null> {
  const db = outboxDb();
  return db.transaction('r', db.items, db.chunks, async () => {
    const item = parseItemRow(await db.items.get(outboxId));
    if (!item) return null;
    if (!item.itemKey) return { item };
    const rows: unknown[] = await db.chunks
      .where('[outboxId+index]')
      .between([outboxId, Dexie.minKey], [outboxId, Dexie.maxKey], true, true)
      .toArray();
    return { item, sealed: bodyFrom(item, rows) };
  });
}

/**
 * tus-js-client's view of the body: slices of the Blob, which are references too. The whole body
 * (one PATCH from 0, the usual case) is the Blob itself, not a slice of it.
 */
export function blobSource(body: Blob): UploadSource {
  return {
    size: body.size,
    slice: (start, end) =>
      Promise.resolve({
        value: start === 0 && end >= body.size ? body : body.slice(start, end),
        done: Math.min(end, body.size) >= body.size,
      }),
    close: () => undefined,
  };
}
