/**
 * The outbox's own IndexedDB database (Dexie), apart from the record cache in renderer/db: the
 * cache is the signed-in home's and may be wiped; the outbox holds documents staff were told are
 * "saved on this computer", so it outlives sign-outs and is never cleared with the cache.
 *
 * Rows are typed here for writing; every read parses them from `unknown` (outbox-rows.ts).
 * Rule for every transaction: hash, encrypt and fetch first, then write. IndexedDB commits a
 * transaction as soon as it waits on anything that is not IndexedDB.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ItemStatus } from './item-status.ts';

export interface SealedRow {
  iv: Uint8Array;
  data: Uint8Array;
}

/** One queued document. Only what the engine must find or order by is readable; the rest is sealed. */
export interface ItemRow extends ItemStatus {
  outboxId: string;
  /** Who queued it: it is sent in their name only (000: no "act for"). */
  uploaderStaffId: string;
  queuedAt: string;
  size: number;
  chunkCount: number;
  /** SealedMeta (outbox-meta.ts) as AES-GCM under the device key. */
  meta: SealedRow;
  /**
   * The item's own key (item-key.ts), sealed under the device key: its chunks are SealedChunkRows.
   * Absent on items queued before sealed sending: their chunks are ChunkRows under the device key.
   */
  itemKey?: SealedRow;
}

/** One encrypted 1 MiB piece of a document queued before sealed sending (chunk-crypto.ts). */
export interface ChunkRow {
  outboxId: string;
  index: number;
  iv: Uint8Array;
  data: Uint8Array;
}

/**
 * A document as it is sent (shared/api/sealed-upload.ts: each 1 MiB chunk as IV ‖ ciphertext ‖ tag
 * under the item's key, end to end), in pieces by `index` (the queue worker writes one). A Blob, so
 * IndexedDB keeps it as a file and hands back a reference: the engine sends it without reading it.
 */
export interface SealedChunkRow {
  outboxId: string;
  index: number;
  sealed: Blob;
}

export const OUTBOX_DB_NAME = 'hearth-outbox';

export class OutboxDb extends Dexie {
  declare items: EntityTable<ItemRow, 'outboxId'>;
  declare chunks: Table<ChunkRow | SealedChunkRow, [string, number]>;

  constructor(durability: 'strict' | 'relaxed' = 'strict') {
    // 'strict': Chromium flushes to disk before it reports the commit, so "saved on this computer"
    // is still true after a power cut a moment later.
    super(OUTBOX_DB_NAME, { chromeTransactionDurability: durability });
    this.version(1).stores({
      items: 'outboxId, state',
      chunks: '[outboxId+index], outboxId',
    });
  }
}

let instance: OutboxDb | null = null;
let relaxed: OutboxDb | null = null;

/** For saving and cancelling items: what staff are told must survive a power cut. */
export function outboxDb(): OutboxDb {
  instance ??= new OutboxDb();
  return instance;
}

/**
 * The same database with Chromium's default durability, for the sync engine's record of how far an
 * item has gone (upload URL, bytes acknowledged, received, notified). Each of those is a copy of
 * what the gateway knows, and the engine asks the gateway before acting on any of them; one lost
 * in a power cut is asked again, never lost or sent twice (the gateway dedupes on the outbox id).
 * Flushing each to disk cost several strict commits per document (bench: sync.drain_vs_bare_tus).
 */
export function outboxProgressDb(): OutboxDb {
  relaxed ??= new OutboxDb('relaxed');
  return relaxed;
}
