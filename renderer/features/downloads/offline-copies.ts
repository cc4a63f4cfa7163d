/**
 * Keeps the newest document of each permitted type of the home's children (the care plan above all)
 * encrypted on this computer, so staff can read it without a connection (issue 6). Run at each sync
 * contact for every child of the home (keepHomeOfflineCopies, from sync/sync-contact.ts), so a care
 * plan opens offline even if nobody opened that child's documents online; and when a child's list
 * is shown fresh (DocumentsScreen). Only the newest of each type, and only permitted ones: the
 * device keeps no more than the home needs (003). A copy already kept at its version is not fetched
 * again; a newer document of its type takes its place, and the older copy goes
 * (shared/domain/offline-copies.ts). The gateway logs each copy as an offline copy, not as a view:
 * nobody has read it yet. The list of what is kept is saved with the child's record, so the
 * documents screen can offer the copies offline even if its list was never saved.
 */
import { OfflineCopies, offlineCopiesRoute } from '../../../shared/api/offline-copies.ts';
import { DocumentList, type DocumentListItem } from '../../../shared/api/records.ts';
import { offlineCopyPlan } from '../../../shared/domain/offline-copies.ts';
import { apiGet } from '../../api/client.ts';
import { apiGetFile } from '../../api/file-client.ts';
import { cacheDocument, forgetDocumentCopies, readCachedDocument } from '../../db/document-cache.ts';
import { cacheRecord, childKey, forgetCachedRecord, readCachedRecord } from '../../db/record-cache.ts';

/** What is kept for a child, saved (encrypted) beside their record, as a documents list. */
export const KeptCopies = DocumentList;
export type KeptCopies = DocumentList;
export const keptCopiesKey = (childId: string) => childKey(childId, 'offline-copies');

export const readKeptCopies = (childId: string) => readCachedRecord(keptCopiesKey(childId), KeptCopies);

const running = new Set<string>();

/**
 * Given the child's documents (the whole list, or the newest of each type), fetches and keeps what
 * is missing, one at a time, and empties the places of types the child no longer has; returns how
 * many were newly kept. Stops at the first failure (offline, refused): the next contact tries again.
 */
export async function keepOfflineCopies(
  childId: string,
  mosaicId: string,
  documents: readonly DocumentListItem[],
): Promise<number> {
  if (running.has(childId)) return 0;
  running.add(childId);
  let kept = 0;
  try {
    const plan = offlineCopyPlan(documents);
    await forgetDocumentCopies(childId, plan.emptyTypes);
    for (const doc of plan.keep) {
      if (await readCachedDocument(childId, doc)) continue;
      const path = `/api/v1/children/${encodeURIComponent(childId)}/documents/${encodeURIComponent(doc.id)}/content?purpose=offline-copy`;
      const fetched = await apiGetFile(path);
      if (!fetched.ok) break;
      if (await cacheDocument(childId, doc, fetched.value.bytes)) kept += 1;
    }
    // No row at all for a child with nothing kept: the device holds no more than it needs (003).
    if (plan.keep.length === 0) await forgetCachedRecord(keptCopiesKey(childId));
    else await cacheRecord(keptCopiesKey(childId), { mosaicId, documents: plan.keep } satisfies KeptCopies);
  } finally {
    running.delete(childId);
  }
  return kept;
}

/**
 * At a sync contact: asks the gateway what to keep for each child of the home and keeps it. A
 * child it does not list (no permitted documents now, or a restricted record, 002 §6.2) keeps
 * nothing: any copy of theirs goes.
 */
export async function keepHomeOfflineCopies(placedIds: readonly string[]): Promise<number> {
  const answer = await apiGet(offlineCopiesRoute.path, OfflineCopies);
  if (!answer.ok) return 0;
  const listed = new Map(answer.value.children.map((c) => [c.childId, c]));
  let kept = 0;
  for (const childId of placedIds) {
    const child = listed.get(childId);
    kept += await keepOfflineCopies(childId, child?.mosaicId ?? '', child?.documents ?? []);
  }
  return kept;
}
