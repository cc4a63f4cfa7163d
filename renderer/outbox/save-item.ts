/**
 * Writes a queued document: the item and all its sealed chunks in ONE IndexedDB transaction, so a
 * full disk (or a closed tab) leaves nothing half-written. Everything slow (reading, hashing,
 * encrypting) happened before; inside the transaction there is only IndexedDB, because IndexedDB
 * commits a transaction as soon as it waits on anything else.
 */
import { fail, ok, type Result } from '../../shared/result.ts';
import { outboxDb, type ItemRow, type SealedChunkRow } from './outbox-db.ts';
import { isQuotaError } from './quota.ts';

export const QUOTA_MESSAGE =
  'There is not enough storage space on this computer to keep this document, so it was not saved. Free some space (or send documents already waiting), then try again.';

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function saveItem(
  row: ItemRow,
  chunks: Omit<SealedChunkRow, 'outboxId'>[],
): Promise<Result<void, 'quota' | 'storage'>> {
  const db = outboxDb();
  try {
    await db.transaction('rw', db.items, db.chunks, async () => {
      await db.items.add(row);
      // One put per chunk, each awaited: 1 MiB cloned at a time, never 50 MB in one task.
      for (const chunk of chunks) await db.chunks.add({ outboxId: row.outboxId, ...chunk });
    });
    return ok(undefined);
  } catch (error) {
    if (isQuotaError(error)) return fail('quota', QUOTA_MESSAGE);
    return fail('storage', `Hearth could not save the document on this computer: ${describe(error)}`);
  }
}
