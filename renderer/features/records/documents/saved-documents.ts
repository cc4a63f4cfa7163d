/**
 * A child's documents list offline: the list as it was last shown online, with the documents kept
 * for offline reading added (issue 6: a care plan opens offline "without the documents list having
 * been opened online first"). The copies are kept at each sync contact, so they may be newer than
 * the saved list (a newer care plan) or there may be no saved list at all. Pure, so the unit test
 * proves the merge without a browser.
 */
import type { DocumentList } from '../../../../shared/api/records.ts';

export interface Saved<T> {
  value: T;
  fetchedAt: string;
}

export function withKeptCopies(
  list: Saved<DocumentList> | null,
  kept: Saved<DocumentList> | null,
): Saved<DocumentList> | null {
  if (!kept) return list;
  if (!list) return kept;
  const listed = new Set(list.value.documents.map((d) => d.id));
  const added = kept.value.documents.filter((d) => !listed.has(d.id));
  if (added.length === 0) return list;
  return {
    value: { ...list.value, documents: [...list.value.documents, ...added] },
    fetchedAt: list.fetchedAt,
  };
}
