/**
 * Documents kept on this device for reading offline (issue 6): the permitted documents of the
 * home's children (care plans above all), in the same encrypted table as the record cache, under
 * the device key with a fresh IV. Each is sealed with its version (when the council recorded it and
 * its size) bound as additional data, so a copy opens only for the version the list now shows: when
 * the council's copy changes, the old one no longer opens and is replaced on the next online view.
 * Keys are made with childKey, so `forgetChildrenNotIn` removes a child's documents when they
 * leave the home (003), with the rest of their saved record.
 */
import { z } from 'zod';
import { useSession } from '../session/session-store.ts';
import { openBytes, sealBytes, StoredBytes, type Bytes } from './aes-gcm.ts';
import { database } from './database.ts';
import { deviceKeys } from './device-key.ts';
import { childKey, childTagFor, rowIdFor } from './row-ids.ts';

export interface DocumentVersion {
  id: string;
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

const documentKey = (childId: string, documentId: string) => childKey(childId, `document-file/${documentId}`);
const context = (rowId: string, version: DocumentVersion) =>
  `hearth/document-cache/${rowId}/${version.recordedAt}/${version.size}`;

/** Keeps `bytes` of a child's document for offline reading, replacing any older copy. */
export async function cacheDocument(
  childId: string,
  version: DocumentVersion,
  bytes: Bytes,
): Promise<boolean> {
  const where = await scope();
  if (!where) return false;
  const rowId = await rowIdFor(where.keys.hmac, where.homeId, documentKey(childId, version.id));
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

/** The saved copy of this version of the document, or null (none, another version, or unreadable). */
export async function readCachedDocument(childId: string, version: DocumentVersion): Promise<Bytes | null> {
  const where = await scope();
  if (!where) return null;
  const rowId = await rowIdFor(where.keys.hmac, where.homeId, documentKey(childId, version.id));
  const row = CachedRow.safeParse(await database().records.get(rowId));
  if (!row.success || row.data.homeId !== where.homeId) return null;
  return openBytes(where.keys.aes, row.data, context(rowId, version));
}
