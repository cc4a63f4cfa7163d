/**
 * Reads and moves outbox items in IndexedDB. Every change goes through `advance` (item-status.ts)
 * inside one transaction that reads the row, checks the move and writes it, so two writers (the
 * engine and a "retry now" click) cannot undo each other. Once the council has a document its
 * encrypted bytes are deleted (003: removed when confirmed uploaded): when the engine's round of
 * sending ends, and again at each housekeeping for any a closed app left behind.
 */
import type { Result } from '../../shared/result.ts';
import { advance, isReceived, type StatusEvent, type StatusRefusal } from './item-status.ts';
import { outboxDb, outboxProgressDb } from './outbox-db.ts';
import { parseChunkRow, parseItemRow, type ParsedChunkRow, type ParsedItemRow } from './outbox-rows.ts';
import { pastRetention } from './retention.ts';

export async function readItem(outboxId: string): Promise<ParsedItemRow | null> {
  const row: unknown = await outboxDb().items.get(outboxId);
  return parseItemRow(row);
}

/** Every item that parses, oldest first, and how many rows did not (listed as needing attention). */
export async function readAllItems(): Promise<{ items: ParsedItemRow[]; unreadable: number }> {
  const rows: unknown[] = await outboxDb().items.toArray();
  const items = rows.flatMap((row) => parseItemRow(row) ?? []);
  items.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  return { items, unreadable: rows.length - items.length };
}

export type ApplyOutcome = Result<ParsedItemRow, StatusRefusal | 'gone'>;

/**
 * Deletes the encrypted bytes of items the council has (003: removed once confirmed uploaded),
 * never of one it has not: each is read again inside the transaction. The engine calls this when a
 * round of sending ends, not as each item is received: a delete holds the chunks store, and the
 * next item's send waited behind it (bench sync.drain_vs_bare_tus). Housekeeping sweeps the rest.
 */
export async function dropReceivedBytes(outboxIds: readonly string[]): Promise<void> {
  if (outboxIds.length === 0) return;
  const db = outboxProgressDb();
  await db.transaction('rw', db.items, db.chunks, async () => {
    for (const outboxId of outboxIds) {
      const item = parseItemRow(await db.items.get(outboxId));
      if (item && isReceived(item.state)) await db.chunks.where('outboxId').equals(outboxId).delete();
    }
  });
}

/** Applies `event` to the item; 'gone' when it was cancelled (or never was) meanwhile. */
export function applyEvent(outboxId: string, event: StatusEvent): Promise<ApplyOutcome> {
  return applyEvents(outboxId, [event]);
}

/**
 * Applies `events` in order in ONE transaction (a document sent in one PATCH is recorded with one
 * write, not four: bench sync.drain_vs_bare_tus). The first refused event stops there: what came
 * before it is written, as if each had been applied alone. `follow`, when given, is asked for one
 * more event once all applied (e.g. "ask about the email later" when it has not gone yet).
 */
export async function applyEvents(
  outboxId: string,
  events: readonly StatusEvent[],
  follow?: (after: ParsedItemRow) => StatusEvent | null,
): Promise<ApplyOutcome> {
  const db = outboxProgressDb();
  return db.transaction('rw', db.items, async (): Promise<ApplyOutcome> => {
    const row: unknown = await db.items.get(outboxId);
    const item = parseItemRow(row);
    if (!item) return { ok: false, error: 'gone', message: 'This item is no longer in the queue.' };
    const now = new Date();
    let next: ParsedItemRow = item;
    let refusal: ApplyOutcome | null = null;
    const apply = (event: StatusEvent): boolean => {
      const moved = advance(next, event, now);
      if (!moved.ok) refusal = moved;
      else next = { ...next, ...moved.value };
      return moved.ok;
    };
    const extra = events.every(apply) ? (follow?.(next) ?? null) : null;
    if (extra) apply(extra);
    if (next !== item) await db.items.put(next);
    return refusal ?? { ok: true, value: next };
  });
}

/** The sealed chunks `first`..`last` (inclusive) of an item, in order; null if any is missing or unreadable. */
export async function readChunks(
  outboxId: string,
  first: number,
  last: number,
): Promise<ParsedChunkRow[] | null> {
  const rows: unknown[] = await outboxDb()
    .chunks.where('[outboxId+index]')
    .between([outboxId, first], [outboxId, last], true, true)
    .toArray();
  const chunks = rows.flatMap((row) => parseChunkRow(row) ?? []);
  const complete = chunks.length === last - first + 1 && chunks.every((c, i) => c.index === first + i);
  return complete ? chunks : null;
}

/**
 * Deletes the items past their retention (retention.ts: notified, recorded 30 days ago), each read
 * again inside the transaction so nothing that moved meanwhile goes. Answers how many went.
 */
export async function forgetSettledItems(now: Date): Promise<number> {
  const db = outboxProgressDb();
  return db.transaction('rw', db.items, db.chunks, async () => {
    const rows: unknown[] = await db.items.toArray();
    const gone = rows.flatMap((row) => {
      const item = parseItemRow(row);
      return item && pastRetention(item, now) ? [item.outboxId] : [];
    });
    await db.items.bulkDelete(gone);
    // Every received item's bytes: the gone ones' (past retention is received), and any whose
    // delete a closed app cut short.
    const received = rows.flatMap((row) => {
      const item = parseItemRow(row);
      return item && isReceived(item.state) ? [item.outboxId] : [];
    });
    for (const outboxId of received) await db.chunks.where('outboxId').equals(outboxId).delete();
    return gone.length;
  });
}
