/**
 * Keeps the newest document of each permitted type of a child (the care plan above all) encrypted
 * on this computer, so staff can read it without a connection (issue 6). Only the newest of each
 * type, and only permitted ones: the device keeps no more than the home needs (003). A copy already
 * kept at the list's version is not fetched again; a changed one is replaced in place. The gateway
 * logs each copy as an offline copy, not as a view: nobody has read it yet.
 */
import type { DocumentListItem } from '../../../shared/api/records.ts';
import { apiGetFile } from '../../api/file-client.ts';
import { cacheDocument, readCachedDocument } from '../../db/document-cache.ts';
import { documentsToKeep } from './keep-list.ts';

const running = new Set<string>();

/** Fetches and keeps what is missing, one at a time; returns how many were newly kept. */
export async function keepOfflineCopies(
  childId: string,
  documents: readonly DocumentListItem[],
): Promise<number> {
  if (running.has(childId)) return 0;
  running.add(childId);
  let kept = 0;
  try {
    for (const doc of documentsToKeep(documents)) {
      if (await readCachedDocument(childId, doc)) continue;
      const path = `/api/v1/children/${encodeURIComponent(childId)}/documents/${encodeURIComponent(doc.id)}/content?purpose=offline-copy`;
      const fetched = await apiGetFile(path);
      // Offline or refused: try again the next time the list is shown online.
      if (!fetched.ok) break;
      if (await cacheDocument(childId, doc, fetched.value.bytes)) kept += 1;
    }
  } finally {
    running.delete(childId);
  }
  return kept;
}
