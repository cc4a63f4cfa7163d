/**
 * The read-only child record as home staff see it (guidance 001; DOMAIN.md "The child's record").
 * Only children currently placed in the person's home exist: any other id answers 404 exactly as
 * an unknown id does. A restricted (shielded) record shows only basic details (002 §6.2).
 * Confidential documents and case note types are never returned (002 §4.3, Appendix 1).
 * Every answer carries the child's Mosaic reference number.
 */
import { z } from 'zod';
import { DocumentTypeId } from '../domain/catalogue.ts';
import { MosaicId } from '../domain/mosaic.ts';
import { AccessRequestView } from './access-requests.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

const IsoDate = z.iso.date();

export const ChildListItem = z.object({
  id: z.string(),
  mosaicId: MosaicId,
  firstName: z.string(),
  lastName: z.string(),
  /** Null for a restricted record: only name, Mosaic number, worker and team are shown. */
  dateOfBirth: IsoDate.nullable(),
  restricted: z.boolean(),
});
export type ChildListItem = z.infer<typeof ChildListItem>;

export const ChildList = z.object({ children: z.array(ChildListItem) });
export type ChildList = z.infer<typeof ChildList>;

const WorkerContact = z.object({ name: z.string(), email: z.string(), phone: z.string() });
const Team = z.object({ name: z.string(), dutyInboxEmail: z.string() });

export const SiblingGroupSummary = z.object({
  id: z.string(),
  /** Named per guidance 004, e.g. `Jones, Jones-Smith BN13 2PQ`. */
  name: z.string(),
  /** The other members placed in the same home (others do not exist for the reader). */
  members: z.array(
    z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), mosaicId: MosaicId }),
  ),
});

export const FullChildRecord = z.object({
  restricted: z.literal(false),
  id: z.string(),
  mosaicId: MosaicId,
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: IsoDate,
  legalStatus: z.string(),
  placement: z.object({ homeName: z.string(), since: IsoDate }),
  /** Null when no worker is allocated: the team's duty inbox is the contact. */
  socialWorker: WorkerContact.nullable(),
  team: Team,
  siblingGroup: SiblingGroupSummary.nullable(),
  /**
   * Present only when the record is restricted and shown in full because the council granted THIS
   * reader's access request (002 §6.2): the request, with when the grant ends.
   */
  grantedAccess: AccessRequestView.optional(),
});

export const RestrictedChildRecord = z.object({
  restricted: z.literal(true),
  id: z.string(),
  mosaicId: MosaicId,
  firstName: z.string(),
  lastName: z.string(),
  socialWorker: z.object({ name: z.string() }).nullable(),
  team: z.object({ name: z.string() }),
  /** Why the rest is hidden and how to ask for access, in words for staff. */
  accessNote: z.string(),
  /**
   * The reader's own latest access request for this child and its state (pending, refused, expired,
   * or granted on a copy saved on the device); absent when they have none.
   */
  accessRequest: AccessRequestView.optional(),
});

export const ChildRecord = z.discriminatedUnion('restricted', [FullChildRecord, RestrictedChildRecord]);
export type ChildRecord = z.infer<typeof ChildRecord>;

export const DocumentListItem = z.object({
  id: z.string(),
  type: DocumentTypeId,
  typeLabel: z.string(),
  title: z.string(),
  completedOn: IsoDate,
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  recordedAt: z.iso.datetime(),
  /**
   * For a document uploaded by the home: "Uploaded by {name}, {role}[, on behalf of {name}, {role}]"
   * (guidance 000; shared/domain/attribution.ts). Null for documents filed in Mosaic by the council.
   * Defaults to null so a copy saved on a device before this field existed still reads.
   */
  attribution: z.string().nullable().default(null),
  /**
   * Set on a group document (004: "Group documents are identifiable by the icon"): the group it was
   * recorded through. Optional so copies saved on a device before groups existed still read.
   */
  group: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
});
export type DocumentListItem = z.infer<typeof DocumentListItem>;

export const DocumentList = z.object({ mosaicId: MosaicId, documents: z.array(DocumentListItem) });
export type DocumentList = z.infer<typeof DocumentList>;

export const CaseNote = z.object({
  id: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  occurredAt: z.iso.datetime(),
  authorName: z.string(),
  authorRole: z.string(),
  body: z.string(),
});
export type CaseNote = z.infer<typeof CaseNote>;

/** All of a child's open-access notes, newest first: the app filters and caches them for offline reading. */
export const CaseNoteList = z.object({ mosaicId: MosaicId, caseNotes: z.array(CaseNote) });
export type CaseNoteList = z.infer<typeof CaseNoteList>;

const ChildParams = z.object({ childId: z.string().min(1).max(100) });

const recordErrors = {
  401: { description: 'Not signed in.', schema: ApiError },
  403: {
    description: 'Training incomplete for reading records (the message says which modules).',
    schema: ApiError,
  },
  404: {
    description: 'No such child in your home (another home’s child answers the same).',
    schema: ApiError,
  },
} as const;

export const listChildrenRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/children',
  operationId: 'listChildren',
  summary: 'The children currently placed in your home, optionally searched by name or Mosaic number',
  tags: ['records'],
  query: z.object({ q: z.string().trim().max(100).optional() }),
  responses: {
    200: { description: 'The children placed in your home.', schema: ChildList },
    401: recordErrors[401],
    403: recordErrors[403],
  },
});

export const getChildRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/children/{childId}',
  operationId: 'getChild',
  summary: "A child's person summary (basic details only when the record is restricted)",
  tags: ['records'],
  params: ChildParams,
  responses: { 200: { description: 'The person summary.', schema: ChildRecord }, ...recordErrors },
});

const restrictedError = {
  description: 'A restricted record, or training incomplete: the message says which.',
  schema: ApiError,
};

export const listDocumentsRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/children/{childId}/documents',
  operationId: 'listDocuments',
  summary: "A child's documents, read only (confidential documents are never listed)",
  tags: ['records'],
  params: ChildParams,
  responses: {
    200: { description: 'The documents.', schema: DocumentList },
    ...recordErrors,
    403: restrictedError,
  },
});

export const listCaseNotesRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/children/{childId}/case-notes',
  operationId: 'listCaseNotes',
  summary: "A child's case notes of open-access types, newest first",
  tags: ['records'],
  params: ChildParams,
  responses: {
    200: { description: 'The case notes.', schema: CaseNoteList },
    ...recordErrors,
    403: restrictedError,
  },
});
