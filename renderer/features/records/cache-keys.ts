/** Where each saved part of the home's records is kept on the device (record-cache.ts), named once. */
import { childKey } from '../../db/record-cache.ts';

export const CHILDREN_KEY = 'children';
export const summaryKey = (childId: string) => childKey(childId, 'summary');
export const documentsKey = (childId: string) => childKey(childId, 'documents');
export const caseNotesKey = (childId: string) => childKey(childId, 'case-notes');
export const groupKey = (childId: string) => childKey(childId, 'group');
