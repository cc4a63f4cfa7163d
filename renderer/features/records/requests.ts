/**
 * What each records screen asks the gateway for, and under which key its saved copy is kept.
 * A child's keys are made with `childKey`, so the saved copies of a child who has left the home
 * are removed when a fresh children list comes in, and at each sync contact (forget-departed.ts, 003).
 */
import { GroupPage } from '../../../shared/api/groups.ts';
import { CaseNoteList, ChildList, ChildRecord, DocumentList } from '../../../shared/api/records.ts';
import { readCachedRecord } from '../../db/record-cache.ts';
import { useSession } from '../../session/session-store.ts';
import { readKeptCopies } from '../downloads/offline-copies.ts';
import { CHILDREN_KEY, caseNotesKey, documentsKey, groupKey, summaryKey } from './cache-keys.ts';
import { savedSummaryFor, summaryToSave } from './child/saved-summary.ts';
import { forgetDepartedChildren } from './forget-departed.ts';
import { searchChildren } from './children/child-search.ts';
import { withKeptCopies } from './documents/saved-documents.ts';
import type { RecordRequest } from './load-record.ts';

const childPath = (childId: string) => `/api/v1/children/${encodeURIComponent(childId)}`;

/** The home's children; a search goes to the gateway online and through the saved list offline. */
export function childrenRequest(query: string): RecordRequest<ChildList> {
  if (query) {
    return {
      path: `/api/v1/children?${new URLSearchParams({ q: query }).toString()}`,
      schema: ChildList,
      cacheKey: CHILDREN_KEY,
      save: false,
      fromSaved: (saved) => searchChildren(saved, query),
    };
  }
  return {
    path: '/api/v1/children',
    schema: ChildList,
    cacheKey: CHILDREN_KEY,
    save: true,
    afterSave: (list) => forgetDepartedChildren(list.children.map((child) => child.id)),
  };
}

/** A restricted record's access request is one person's: see child/saved-summary.ts (002 §6.2). */
export const summaryRequest = (childId: string): RecordRequest<ChildRecord> => ({
  path: childPath(childId),
  schema: ChildRecord,
  cacheKey: summaryKey(childId),
  save: true,
  toSaved: summaryToSave,
  fromSaved: (saved) => savedSummaryFor(saved, useSession.getState().staff?.id ?? null, new Date()),
});

/**
 * `save` is false for a restricted record read by one person's grant (002 §6.2): its documents and
 * notes are not kept on the home's device for others who sign in on it.
 */
export const documentsRequest = (childId: string, save = true): RecordRequest<DocumentList> => ({
  path: `${childPath(childId)}/documents`,
  schema: DocumentList,
  cacheKey: documentsKey(childId),
  save,
  // Offline, with the copies kept at each sync contact, even if the list was never opened (issue 6).
  readSaved: async () =>
    withKeptCopies(
      await readCachedRecord(documentsKey(childId), DocumentList),
      await readKeptCopies(childId),
    ),
});

export const caseNotesRequest = (childId: string, save = true): RecordRequest<CaseNoteList> => ({
  path: `${childPath(childId)}/case-notes`,
  schema: CaseNoteList,
  cacheKey: caseNotesKey(childId),
  save,
});

/** The child's sibling group page (004), saved for offline reading like the rest of their record. */
export const groupRequest = (childId: string): RecordRequest<GroupPage> => ({
  path: `${childPath(childId)}/group`,
  schema: GroupPage,
  cacheKey: groupKey(childId),
  save: true,
});
