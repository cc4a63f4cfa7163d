/**
 * Documents kept on this device for reading offline (issue 6): the newest permitted document of each
 * type of the home's children (care plans above all), in the same encrypted table as the record
 * cache, under the device key with a fresh IV. There is ONE place per child and permitted type
 * (README: "The newest document of each of the seven permitted types is kept"): keeping a newer care
 * plan writes over the older one's row, so the older copy is gone, not left beside it (003). Each
 * copy is sealed with its document id and version (when the council recorded it, and its size)
 * bound as additional data, so it opens only as the document and version the list now shows.
 * Keys are made with childKey, so `forgetChildrenNotIn` removes a child's documents when they
 * leave the home (003), with the rest of their saved record.
 */
import { z } from 'zod';
import type { DocumentTypeId } from '../../shared/domain/catalogue.ts';
import { useSession } from '../session/session-store.ts';
import { openBytes, sealBytes, StoredBytes, type Bytes } from './aes-gcm.ts';
import { database } from './database.ts';
import { deviceKeys } from './device-key.ts';
import { childKey, childTagFor, rowIdFor } from './row-ids.ts';

export interface DocumentVersion {
  id: string;
  type: DocumentTypeId;
  recordedAt: string;
  size: number;
}

const CachedRow = z.object({ homeId: z.string(), iv: StoredBytes, data: StoredBytes });

async function scope() {
  const staff = useSession.getState().staff;
  if (!staff) return null;
  const state = await deviceKeys();
  return state.available ? { homeId: staff.home.id, keys: state.keys } : null;
}

/** The child's one place for a permitted type (not per document: see above). */
const copyKey = (childId: string, type: DocumentTypeId) => childKey(childId, `document-copy/${type}`);
const context = (rowId: string, version: DocumentVersion) =>
  `hearth/document-cache/${rowId}/${version.id}/${version.recordedAt}/${version.size}`;

/** Keeps `bytes` of a child's document for offline reading, in place of any copy of its type. */
export async function cacheDocument(
  childId: string,
  version: DocumentVersion,
  bytes: Bytes,
): Promise<boolean> {
  const where = await scope();
  if (!where) return false;
  const rowId = await rowIdFor(where.keys.hmac, where.homeId, copyKey(childId, version.type));
  const childTag = await childTagFor(where.keys.hmac, where.homeId, childId);
  const sealed = await sealBytes(where.keys.aes, bytes, context(rowId, version));
  await database().records.put({
    rowId,
    homeId: where.homeId,
    childTag,
    iv: sealed.iv,
    data: sealed.data,
    fetchedAt: new Date().toISOString(),
  });
  return true;
}

/**
 * The saved copy of this version of the document, or null: none, another document of its type (an
 * older or newer one), another version, or unreadable.
 */
export async function readCachedDocument(childId: string, version: DocumentVersion): Promise<Bytes | null> {
  const where = await scope();
  if (!where) return null;
  const rowId = await rowIdFor(where.keys.hmac, where.homeId, copyKey(childId, version.type));
  const row = CachedRow.safeParse(await database().records.get(rowId));
  if (!row.success || row.data.homeId !== where.homeId) return null;
  return openBytes(where.keys.aes, row.data, context(rowId, version));
}

/** Removes the child's copies of these types (the council no longer has a document of them). */
export async function forgetDocumentCopies(childId: string, types: readonly DocumentTypeId[]): Promise<void> {
  const where = await scope();
  if (!where || types.length === 0) return;
  const rowIds = await Promise.all(
    types.map((type) => rowIdFor(where.keys.hmac, where.homeId, copyKey(childId, type))),
  );
  await database().records.bulkDelete(rowIds);
}
