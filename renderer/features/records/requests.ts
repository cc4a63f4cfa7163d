/**
 * What each records screen asks the gateway for, and under which key its saved copy is kept.
 * A child's keys are made with `childKey`, so the saved copies of a child who has left the home
 * are removed when a fresh children list comes in (003).
 */
import { GroupPage } from '../../../shared/api/groups.ts';
import { CaseNoteList, ChildList, ChildRecord, DocumentList } from '../../../shared/api/records.ts';
import { childKey, forgetChildrenNotIn } from '../../db/record-cache.ts';
import { useSession } from '../../session/session-store.ts';
import { savedSummaryFor, summaryToSave } from './child/saved-summary.ts';
import { searchChildren } from './children/child-search.ts';
import type { RecordRequest } from './load-record.ts';

const CHILDREN_KEY = 'children';
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
    afterSave: (list) => forgetChildrenNotIn(list.children.map((child) => child.id)),
  };
}

/** A restricted record's access request is one person's: see child/saved-summary.ts (002 §6.2). */
export const summaryRequest = (childId: string): RecordRequest<ChildRecord> => ({
  path: childPath(childId),
  schema: ChildRecord,
  cacheKey: childKey(childId, 'summary'),
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
  cacheKey: childKey(childId, 'documents'),
  save,
});

export const caseNotesRequest = (childId: string, save = true): RecordRequest<CaseNoteList> => ({
  path: `${childPath(childId)}/case-notes`,
  schema: CaseNoteList,
  cacheKey: childKey(childId, 'case-notes'),
  save,
});

/** The child's sibling group page (004), saved for offline reading like the rest of their record. */
export const groupRequest = (childId: string): RecordRequest<GroupPage> => ({
  path: `${childPath(childId)}/group`,
  schema: GroupPage,
  cacheKey: childKey(childId, 'group'),
  save: true,
});
