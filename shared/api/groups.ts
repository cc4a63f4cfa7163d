/**
 * The sibling group page (guidance 004 "Group Summary Tab layout"; DOMAIN.md "Sibling groups"):
 * members, their addresses (an address shared by several listed once, saying who lives there),
 * professional relationships, group documents and group case notes. It is reached from a child's
 * record, so the group is that child's current group, and ONLY the members placed in the reader's
 * home exist on it: a member placed elsewhere, their address, their relationships and their copies
 * of group entries are never shown (DOMAIN.md "Access"). A restricted member (002 §6.2) is left out.
 * Confidential documents and case note types are never listed (002 §4.3, Appendix 1).
 */
import { z } from 'zod';
import { DocumentTypeId } from '../domain/catalogue.ts';
import { MosaicId } from '../domain/mosaic.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

const IsoDate = z.iso.date();

export const GroupMember = z.object({
  id: z.string(),
  mosaicId: MosaicId,
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: IsoDate,
  memberSince: IsoDate,
});
export type GroupMember = z.infer<typeof GroupMember>;

export const GroupAddress = z.object({
  address: z.string(),
  postcode: z.string(),
  /** The listed members who live there. */
  memberIds: z.array(z.string()).min(1),
});

export const GroupProfessional = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  phone: z.string(),
  since: IsoDate,
  /** Null: with every member of the group; otherwise the listed member it is with. */
  memberId: z.string().nullable(),
});

export const GroupDocument = z.object({
  /** The group entry: one per document recorded through the group, whatever the members. */
  entryId: z.string(),
  type: DocumentTypeId,
  typeLabel: z.string(),
  title: z.string(),
  completedOn: IsoDate,
  recordedAt: z.iso.datetime(),
  /** The copy on each listed member's record it was filed for (004: "only on those selected"). */
  copies: z.array(z.object({ memberId: z.string(), documentId: z.string() })).min(1),
});
export type GroupDocument = z.infer<typeof GroupDocument>;

export const GroupCaseNote = z.object({
  entryId: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  occurredAt: z.iso.datetime(),
  authorName: z.string(),
  authorRole: z.string(),
  body: z.string(),
  memberIds: z.array(z.string()).min(1),
});

export const GroupPage = z.object({
  id: z.string(),
  /** Named per guidance 004, e.g. `Jones, Jones-Smith BN13 2PQ`. */
  name: z.string(),
  /** Oldest first. */
  members: z.array(GroupMember).min(1),
  addresses: z.array(GroupAddress),
  professionals: z.array(GroupProfessional),
  /** Newest first. */
  documents: z.array(GroupDocument),
  /** Newest first. */
  caseNotes: z.array(GroupCaseNote),
});
export type GroupPage = z.infer<typeof GroupPage>;

export const getChildGroupRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/children/{childId}/group',
  operationId: 'getChildGroup',
  summary: "The child's sibling group page, showing only the members placed in your home",
  tags: ['records'],
  params: z.object({ childId: z.string().min(1).max(100) }),
  responses: {
    200: { description: 'The group page.', schema: GroupPage },
    401: { description: 'Not signed in.', schema: ApiError },
    403: {
      description: 'A restricted record, or training incomplete: the message says which.',
      schema: ApiError,
    },
    404: {
      description: 'No such child in your home, or the child is not in a group.',
      schema: ApiError,
    },
  },
});
