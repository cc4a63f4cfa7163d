/**
 * Reads and moves outbox items in IndexedDB. Every change goes through `advance` (item-status.ts)
 * inside one transaction that reads the row, checks the move and writes it, so two writers (the
 * engine and a "retry now" click) cannot undo each other. Once the council has a document its
 * encrypted bytes are deleted in that same transaction (003: removed when confirmed uploaded).
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

/** Applies `event` to the item; 'gone' when it was cancelled (or never was) meanwhile. */
export async function applyEvent(outboxId: string, event: StatusEvent): Promise<ApplyOutcome> {
  const db = outboxProgressDb();
  return db.transaction('rw', db.items, db.chunks, async (): Promise<ApplyOutcome> => {
    const row: unknown = await db.items.get(outboxId);
    const item = parseItemRow(row);
    if (!item) return { ok: false, error: 'gone', message: 'This item is no longer in the queue.' };
    const moved = advance(item, event, new Date());
    if (!moved.ok) return moved;
    const next: ParsedItemRow = { ...item, ...moved.value };
    await db.items.put(next);
    if (isReceived(next.state)) await db.chunks.where('outboxId').equals(outboxId).delete();
    return { ok: true, value: next };
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
    for (const outboxId of gone) await db.chunks.where('outboxId').equals(outboxId).delete();
    return gone.length;
  });
}
