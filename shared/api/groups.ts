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

/*
 * The council's side (issue 8): groups are created in Mosaic by the council, so its systems create
 * and rename groups and add and end memberships here, with the service token
 * `Authorization: Bearer {HEARTH_COUNCIL_API_TOKEN}` (as shared/api/notifications.ts). When the
 * variable is unset the routes answer 404, as if they did not exist. Names follow 004 (checked by
 * shared/domain/group-name.ts); membership follows 004 "Who is included in the group?"
 * (shared/domain/sibling-groups.ts). Every change is audited in the gateway's chain.
 */
const COUNCIL_TOKEN_NOTE =
  'For the council’s systems, with `Authorization: Bearer {HEARTH_COUNCIL_API_TOKEN}`. Answers 404 ' +
  'when the gateway has no council token configured.';
const Id = z.string().min(1).max(100);
/** A written UK postcode, e.g. `BN13 2PQ`; checked as a postcode where a name is made from it. */
const Postcode = z.string().trim().min(1).max(10);

export const NewGroupMember = z.object({
  /** The person's Mosaic record in Hearth: only a child's record can join (004: never parents). */
  childId: Id,
  /** The first day of the membership. */
  startDate: IsoDate,
  mainAddress: z.string().trim().min(1).max(200),
  /** The main address's postcode: 004 names the group by it. */
  postcode: Postcode,
});
export type NewGroupMember = z.infer<typeof NewGroupMember>;

export const CreateGroup = z.object({
  /** Optional: when absent the 004 name suggested from the members is used. */
  name: z.string().max(200).optional(),
  members: z.array(NewGroupMember).min(1).max(20),
});
export type CreateGroup = z.infer<typeof CreateGroup>;

export const RenameGroup = z.object({ name: z.string().max(200) });

export const EndMembership = z.object({
  /** Exclusive, as placements: no longer a member on this day. May be in the future. */
  endDate: IsoDate,
});

export const CouncilMembership = z.object({
  childId: z.string(),
  startDate: IsoDate,
  /** Null while a member (004: where a membership ended, the date is shown). */
  endDate: IsoDate.nullable(),
  mainAddress: z.string(),
  postcode: z.string(),
});

export const CouncilGroup = z.object({
  id: z.string(),
  name: z.string(),
  /** Every membership, ended ones too, oldest start first. */
  members: z.array(CouncilMembership),
});
export type CouncilGroup = z.infer<typeof CouncilGroup>;

export const SuggestedGroupName = z.object({ name: z.string().max(64) });

const councilErrors = {
  401: { description: 'Missing or wrong council service token.', schema: ApiError },
} as const;

export const suggestGroupNameRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/sibling-groups/suggest-name',
  operationId: 'suggestGroupName',
  summary: 'The 004 name for a group of these children, or why none can be made (council service token)',
  description: COUNCIL_TOKEN_NOTE,
  tags: ['groups'],
  query: z.object({
    /** Comma-separated child ids. */
    childIds: z.string().min(1).max(2000),
    /**
     * Comma-separated postcodes of each child's main address, in the order of `childIds`; where
     * absent (or empty for a child), the postcode recorded with the child's latest membership.
     */
    postcodes: z.string().max(2000).optional(),
  }),
  responses: {
    200: { description: 'The suggested name.', schema: SuggestedGroupName },
    400: {
      description: 'No name can be made (e.g. no valid postcode, or too long): the message says why.',
      schema: ApiError,
    },
    ...councilErrors,
    404: { description: 'A child id is unknown, or the council API is not enabled.', schema: ApiError },
  },
});

export const createGroupRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/sibling-groups',
  operationId: 'createGroup',
  summary: 'Create a sibling group with its members (council service token)',
  description: COUNCIL_TOKEN_NOTE,
  tags: ['groups'],
  body: CreateGroup,
  responses: {
    201: { description: 'The group.', schema: CouncilGroup },
    400: { description: 'The name or a member is refused: the message says why (004).', schema: ApiError },
    ...councilErrors,
    404: { description: 'The council API is not enabled.', schema: ApiError },
    409: { description: 'A member is already in a current group (004: one group only).', schema: ApiError },
  },
});

const groupParams = z.object({ groupId: Id });

export const renameGroupRoute = defineRoute({
  method: 'PATCH',
  path: '/api/v1/sibling-groups/{groupId}',
  operationId: 'renameGroup',
  summary: 'Rename a sibling group, checked against 004 and its members (council service token)',
  description: COUNCIL_TOKEN_NOTE,
  tags: ['groups'],
  params: groupParams,
  body: RenameGroup,
  responses: {
    200: { description: 'The group.', schema: CouncilGroup },
    400: { description: 'The name is refused: the message says why (004).', schema: ApiError },
    ...councilErrors,
    404: { description: 'No such group, or the council API is not enabled.', schema: ApiError },
  },
});

export const addGroupMemberRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/sibling-groups/{groupId}/members',
  operationId: 'addGroupMember',
  summary: 'Add a child to a sibling group from a date (council service token)',
  description: COUNCIL_TOKEN_NOTE,
  tags: ['groups'],
  params: groupParams,
  body: NewGroupMember,
  responses: {
    201: { description: 'The group.', schema: CouncilGroup },
    400: { description: 'Not a child’s record (e.g. a parent), or dates that overlap.', schema: ApiError },
    ...councilErrors,
    404: { description: 'No such group, or the council API is not enabled.', schema: ApiError },
    409: { description: 'Already a member of this or another current group.', schema: ApiError },
  },
});

export const endGroupMembershipRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/sibling-groups/{groupId}/members/{childId}/end',
  operationId: 'endGroupMembership',
  summary: 'End a child’s membership of a sibling group on a date (council service token)',
  description: COUNCIL_TOKEN_NOTE,
  tags: ['groups'],
  params: z.object({ groupId: Id, childId: Id }),
  body: EndMembership,
  responses: {
    200: { description: 'The group.', schema: CouncilGroup },
    ...councilErrors,
    404: {
      description:
        'No such group, no open membership of it starting before the end date, or the council API is not enabled.',
      schema: ApiError,
    },
  },
});
