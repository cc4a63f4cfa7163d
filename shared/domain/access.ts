/**
 * Who may see what, written once (DOMAIN.md "People and roles"; guidance 001, 002 §4.3, §6.2 and
 * Appendix 1). The gateway enforces these on every endpoint, partly as SQL: each query that filters
 * in SQL says so in a comment and is tested against the function here. The renderer only reflects
 * them (e.g. searching its offline cache with `matchesChildSearch`, so it finds what the gateway finds).
 */
import { CASE_NOTE_TYPES, isVisibleToHomeStaff } from './case-note-types.ts';
import { DOCUMENT_TYPES, DocumentTypeId, documentType } from './catalogue.ts';
import { accessFor, type Access } from './training.ts';

export { accessFor, type Access };

/** 001: fewer than the 2 read-only modules means no access to records at all. */
export const canReadRecords = (access: Access): boolean => access.level !== 'none';

/** 001: upload (and download) needs an upload role and all 9 modules. */
export const canUpload = (access: Access): boolean => access.level === 'read-upload';

const ENGLAND_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in England (`YYYY-MM-DD`) at `at`. Placements start and end on dates in the
 * home's day, so "today" is England's, not UTC's: at 00:30 BST a placement ending today has ended.
 */
export function englandDate(at: Date): string {
  const parts = ENGLAND_DATE.formatToParts(at);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export interface Placement {
  homeId: string;
  /** `YYYY-MM-DD`, the first day in the home. */
  placementStart: string;
  /** `YYYY-MM-DD`, the day the child left (no longer placed that day), or null while placed. */
  placementEnd: string | null;
}

/**
 * DOMAIN.md: staff only see children placed in their own home; any other child does not exist for
 * them. Placed on `date` means started on or before it and not yet left: the end date is exclusive.
 * Mirrored in SQL by gateway/records/children.ts (`placedInHome`).
 */
export function isPlacedInHome(child: Placement, homeId: string, date: string): boolean {
  return (
    child.homeId === homeId &&
    child.placementStart <= date &&
    (child.placementEnd === null || child.placementEnd > date)
  );
}

/**
 * Sibling group members the reader may see: those placed in the reader's home on `date`, other than
 * the child whose record it is. Siblings elsewhere do not exist for the reader (their names neither).
 */
export function visibleSiblings<T extends Placement & { id: string }>(
  members: readonly T[],
  selfId: string,
  homeId: string,
  date: string,
): T[] {
  return members.filter((m) => m.id !== selfId && isPlacedInHome(m, homeId, date));
}

/** What a restricted record still shows (002 §6.2): name, Mosaic number, allocated worker and team. */
export interface RestrictedSummary {
  restricted: true;
  id: string;
  mosaicId: string;
  firstName: string;
  lastName: string;
  socialWorker: { name: string } | null;
  team: { name: string };
  accessNote: string;
}

/**
 * 002 §6.2: "users will need to contact the Mosaic Support Team providing the reason why they need
 * access". Hearth's access request (shared/api/access-requests.ts) is the written way to do so.
 */
export const RESTRICTED_ACCESS_NOTE =
  'This record is restricted to protect the child: you can see only their name, Mosaic reference ' +
  'number, allocated worker and team. If you need to see more, ask for access on their person ' +
  'summary in Hearth, or ask the Mosaic Support team in writing, giving the reason you need it.';

export interface ChildBasics {
  id: string;
  mosaicId: string;
  firstName: string;
  lastName: string;
  socialWorkerName: string | null;
  teamName: string;
}

/** Builds the restricted view from the basics only, so nothing else can slip into it. */
export function restrictedSummary(child: ChildBasics): RestrictedSummary {
  return {
    restricted: true,
    id: child.id,
    mosaicId: child.mosaicId,
    firstName: child.firstName,
    lastName: child.lastName,
    socialWorker: child.socialWorkerName === null ? null : { name: child.socialWorkerName },
    team: { name: child.teamName },
    accessNote: RESTRICTED_ACCESS_NOTE,
  };
}

/**
 * 002 §4.3: confidential documents are never shown to home staff. Hidden when the row was flagged
 * confidential when recorded OR its type is confidential now (either is enough), and hidden when the
 * type is not in the catalogue at all: wrongly hiding is recoverable, wrongly showing is not.
 */
export function isDocumentVisibleToHomeStaff(doc: { type: string; confidential: boolean }): boolean {
  const type = DocumentTypeId.safeParse(doc.type);
  return !doc.confidential && type.success && !documentType(type.data).confidential;
}

/** The document types home staff may ever see: an allow-list for SQL (`type in (...)`). */
export const VISIBLE_DOCUMENT_TYPE_IDS: readonly DocumentTypeId[] = DOCUMENT_TYPES.filter(
  (t) => !t.confidential,
).map((t) => t.id);

/** 002 Appendix 1: only open-access case note types; confidential, restricted and unknown ones never. */
export const isCaseNoteVisibleToHomeStaff = (type: string): boolean => isVisibleToHomeStaff(type);

/** The case note types home staff may ever see: an allow-list for SQL (`type in (...)`). */
export const VISIBLE_CASE_NOTE_TYPE_IDS: readonly string[] = CASE_NOTE_TYPES.filter(
  (t) => t.access === 'open',
).map((t) => t.id);

/** Lower case, accents dropped, spaces collapsed: "Zoë  Ávila" and "zoe avila" compare equal. */
const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether a child matches what staff typed: part of the first name, last name or full name (either
 * order), or part of the Mosaic reference number (spaces ignored, as people copy it in groups).
 * An empty search matches every child.
 */
export function matchesChildSearch(
  child: { firstName: string; lastName: string; mosaicId: string },
  query: string,
): boolean {
  const q = fold(query);
  if (q === '') return true;
  const first = fold(child.firstName);
  const last = fold(child.lastName);
  const names = [first, last, `${first} ${last}`, `${last} ${first}`, `${last}, ${first}`];
  const digits = q.replace(/\s/g, '');
  return names.some((name) => name.includes(q)) || (digits !== '' && child.mosaicId.includes(digits));
}
