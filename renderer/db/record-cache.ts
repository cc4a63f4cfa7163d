/**
 * The encrypted record cache: the signed-in person's home's children's records, kept on this
 * device so staff can read them without a connection (issue 3). Each row is AES-GCM encrypted
 * under the device key with a fresh IV, bound to its row id, and parsed from `unknown` with the
 * caller's schema when read. Rows are scoped to the home: another home's staff on the same
 * computer never read them. When the key store is unavailable nothing is cached at all (003).
 *
 * Keys are the caller's, e.g. 'children' or `childKey(id, 'summary')` (see row-ids.ts); keys made
 * with childKey are removed by `forgetChildrenNotIn` when the child leaves the home.
 */
import { z } from 'zod';
import { useSession } from '../session/session-store.ts';
import { openJson, sealJson, StoredBytes } from './aes-gcm.ts';
import { cacheSaved, cacheUpdatedAt } from './cache-status.ts';
import { database } from './database.ts';
import { deviceKeys, type DeviceKeys } from './device-key.ts';
import { childOfKey, childTagFor, rowIdFor } from './row-ids.ts';

export { childKey } from './row-ids.ts';

const CachedRow = z.object({
  rowId: z.string(),
  homeId: z.string(),
  childTag: z.string().nullable(),
  iv: StoredBytes,
  data: StoredBytes,
  fetchedAt: z.iso.datetime(),
});

/** The home whose records may be read now, and the keys to read them; null when signed out or no key store. */
async function scope(): Promise<{ homeId: string; keys: DeviceKeys } | null> {
  const staff = useSession.getState().staff;
  if (!staff) return null;
  const state = await deviceKeys();
  if (!state.available) return null;
  return { homeId: staff.home.id, keys: state.keys };
}

const rowContext = (rowId: string) => `hearth/record-cache/${rowId}`;

/** Saves `value` (an API answer) under `key` for the signed-in person's home. */
export async function cacheRecord(key: string, value: unknown): Promise<void> {
  const where = await scope();
  if (!where) return;
  const { homeId, keys } = where;
  const rowId = await rowIdFor(keys.hmac, homeId, key);
  const childId = childOfKey(key);
  const childTag = childId === null ? null : await childTagFor(keys.hmac, homeId, childId);
  const sealed = await sealJson(keys.aes, value, rowContext(rowId));
  const fetchedAt = new Date().toISOString();
  // Encrypted above, written here: nothing but IndexedDB happens while the write is open.
  await database().records.put({ rowId, homeId, childTag, iv: sealed.iv, data: sealed.data, fetchedAt });
  cacheSaved(fetchedAt);
}

/**
 * Writes `value` again under `key`, keeping when it was fetched (the "last updated" time stays
 * true): for taking a departed child out of a saved list (forget-departed.ts). Nothing if absent.
 */
export async function rewriteCachedRecord(key: string, value: unknown, fetchedAt: string): Promise<void> {
  const where = await scope();
  if (!where) return;
  const { homeId, keys } = where;
  const rowId = await rowIdFor(keys.hmac, homeId, key);
  const childId = childOfKey(key);
  const childTag = childId === null ? null : await childTagFor(keys.hmac, homeId, childId);
  const sealed = await sealJson(keys.aes, value, rowContext(rowId));
  await database().records.put({ rowId, homeId, childTag, iv: sealed.iv, data: sealed.data, fetchedAt });
}

/** Removes what was cached under `key` for this home. */
export async function forgetCachedRecord(key: string): Promise<void> {
  const where = await scope();
  if (!where) return;
  await database().records.delete(await rowIdFor(where.keys.hmac, where.homeId, key));
}

/** What was cached under `key` for this home, parsed with `schema`; null if absent or unreadable. */
export async function readCachedRecord<T>(
  key: string,
  schema: z.ZodType<T>,
): Promise<{ value: T; fetchedAt: string } | null> {
  const where = await scope();
  if (!where) return null;
  const rowId = await rowIdFor(where.keys.hmac, where.homeId, key);
  const row = CachedRow.safeParse(await database().records.get(rowId));
  if (!row.success || row.data.homeId !== where.homeId) return null;
  const plain = await openJson(where.keys.aes, row.data, rowContext(rowId));
  const parsed = schema.safeParse(plain);
  return parsed.success ? { value: parsed.data, fetchedAt: row.data.fetchedAt } : null;
}

/**
 * Removes every cached row about a child of this home who is not in `childIds` (003: data about a
 * child who has left the home is no longer needed). Call it with the ids of a fresh children list.
 */
export async function forgetChildrenNotIn(childIds: string[]): Promise<void> {
  const where = await scope();
  if (!where) return;
  const keep = new Set(
    await Promise.all(childIds.map((id) => childTagFor(where.keys.hmac, where.homeId, id))),
  );
  const db = database();
  await db.transaction('rw', db.records, async () => {
    const rows: unknown[] = await db.records.where('homeId').equals(where.homeId).toArray();
    const gone = rows.flatMap((row) => {
      const parsed = CachedRow.safeParse(row);
      if (!parsed.success) return [];
      const { childTag, rowId } = parsed.data;
      return childTag !== null && !keep.has(childTag) ? [rowId] : [];
    });
    await db.records.bulkDelete(gone);
  });
}

/** Sets the "last updated" time from what is cached for the signed-in person's home. */
export async function refreshCacheStatus(): Promise<void> {
  const staff = useSession.getState().staff;
  if (!staff) return cacheUpdatedAt(null);
  const rows: unknown[] = await database().records.where('homeId').equals(staff.home.id).toArray();
  const times = rows.flatMap((row) => {
    const parsed = CachedRow.safeParse(row);
    return parsed.success ? [parsed.data.fetchedAt] : [];
  });
  cacheUpdatedAt(times.length > 0 ? times.reduce((a, b) => (a > b ? a : b)) : null);
}
