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
import { useSession } from '../../session/session-store.ts';

/** What is kept for a child, saved (encrypted) beside their record, as a documents list. */
export const KeptCopies = DocumentList;
export type KeptCopies = DocumentList;
export const keptCopiesKey = (childId: string) => childKey(childId, 'offline-copies');

export const readKeptCopies = (childId: string) => readCachedRecord(keptCopiesKey(childId), KeptCopies);

const running = new Set<string>();

/** How keeping one child's copies went: how many were newly kept, and whether the gateway answered. */
interface Kept {
  kept: number;
  reachable: boolean;
}

/**
 * Given the child's documents (the whole list, or the newest of each type), fetches and keeps what
 * is missing, one at a time, and empties the places of types the child no longer has. After a
 * failed fetch (offline, refused) it fetches nothing more: the next contact tries again. The list
 * saved beside the copies names only those actually held, so nothing is offered offline that
 * cannot open.
 */
export async function keepOfflineCopies(
  childId: string,
  mosaicId: string,
  documents: readonly DocumentListItem[],
): Promise<Kept> {
  if (running.has(childId)) return { kept: 0, reachable: true };
  running.add(childId);
  const result: Kept = { kept: 0, reachable: true };
  try {
    const plan = offlineCopyPlan(documents);
    await forgetDocumentCopies(childId, plan.emptyTypes);
    const held: DocumentListItem[] = [];
    for (const doc of plan.keep) {
      if (await readCachedDocument(childId, doc)) {
        held.push(doc);
        continue;
      }
      if (!result.reachable) continue;
      const path = `/api/v1/children/${encodeURIComponent(childId)}/documents/${encodeURIComponent(doc.id)}/content?purpose=offline-copy`;
      const fetched = await apiGetFile(path);
      if (!fetched.ok) {
        result.reachable = false;
        continue;
      }
      if (await cacheDocument(childId, doc, fetched.value.bytes)) {
        result.kept += 1;
        held.push(doc);
      }
    }
    // No row at all for a child with nothing kept: the device holds no more than it needs (003).
    if (held.length > 0) {
      await cacheRecord(keptCopiesKey(childId), { mosaicId, documents: held } satisfies KeptCopies);
    } else if (result.reachable) {
      await forgetCachedRecord(keptCopiesKey(childId));
    }
  } finally {
    running.delete(childId);
  }
  return result;
}

/**
 * At a sync contact: asks the gateway what to keep for each child of the home and keeps it. A
 * child it does not list (no permitted documents now, or a restricted record, 002 §6.2) keeps
 * nothing: any copy of theirs goes. Stops when the connection goes or the person signs out (or the
 * computer is wiped): nothing is written for a session that has ended.
 */
export async function keepHomeOfflineCopies(placedIds: readonly string[]): Promise<number> {
  const answer = await apiGet(offlineCopiesRoute.path, OfflineCopies);
  if (!answer.ok) return 0;
  const listed = new Map(answer.value.children.map((c) => [c.childId, c]));
  const staffId = useSession.getState().staff?.id;
  let kept = 0;
  for (const childId of placedIds) {
    const { status, staff } = useSession.getState();
    if (status !== 'signed-in' || staff?.id !== staffId) break;
    const child = listed.get(childId);
    const done = await keepOfflineCopies(childId, child?.mosaicId ?? '', child?.documents ?? []);
    kept += done.kept;
    if (!done.reachable) break;
  }
  return kept;
}
