/**
 * Access requests for restricted (shielded) records (002 §6.2; DOMAIN.md "Restricted (shielded)
 * records"). Home staff who may read their home's records ask, with a written reason, to see more
 * of a restricted child placed in their home; the council grants or refuses through its service
 * API (HEARTH_COUNCIL_API_TOKEN, as the notification list). The requester sees the state on the
 * child's summary (records.ts `accessRequest`); while a grant lasts the gateway serves them, and
 * only them, the full record.
 */
import { z } from 'zod';
import { AccessReason, AccessRequestState } from '../domain/access-requests.ts';
import { MosaicId } from '../domain/mosaic.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

/** A request as its requester sees it, on the restricted summary. */
export const AccessRequestView = z.object({
  id: z.string(),
  /** The person who asked: a saved copy on a shared computer is shown to them alone. */
  staffId: z.string(),
  state: AccessRequestState,
  requestedAt: z.iso.datetime(),
  reason: z.string(),
  decidedAt: z.iso.datetime().nullable(),
  decidedBy: z.string().nullable(),
  /** The council's note with its decision (why it was refused, what the grant covers). */
  note: z.string().nullable(),
  /** Set on a grant: when access ends (shared/domain/access-requests.ts GRANT_DAYS). */
  expiresAt: z.iso.datetime().nullable(),
});
export type AccessRequestView = z.infer<typeof AccessRequestView>;

export const NewAccessRequest = z.object({ reason: AccessReason });
export type NewAccessRequest = z.infer<typeof NewAccessRequest>;

export const AccessRequestAnswer = z.object({
  request: AccessRequestView,
  /** True when this person already had an open request (or a grant in force): it is returned, not a new one. */
  existing: z.boolean(),
});
export type AccessRequestAnswer = z.infer<typeof AccessRequestAnswer>;

const ChildParams = z.object({ childId: z.string().min(1).max(100) });

export const requestAccessRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/children/{childId}/access-requests',
  operationId: 'requestAccess',
  summary: 'Ask the council for access to a restricted record, giving the reason (002 §6.2)',
  tags: ['records'],
  params: ChildParams,
  body: NewAccessRequest,
  responses: {
    200: {
      description: 'You already have an open request or a grant: here it is.',
      schema: AccessRequestAnswer,
    },
    201: { description: 'The request is recorded and the social worker told.', schema: AccessRequestAnswer },
    400: { description: 'The reason is missing, too short or too long.', schema: ApiError },
    401: { description: 'Not signed in.', schema: ApiError },
    403: { description: 'Training incomplete for reading records.', schema: ApiError },
    404: {
      description: 'No such child in your home (another home’s child answers the same).',
      schema: ApiError,
    },
    409: { description: 'The record is not restricted: there is nothing to ask for.', schema: ApiError },
  },
});

/** A request as the council sees it: who asked, for which child, why, from which device. */
export const CouncilAccessRequest = AccessRequestView.omit({ staffId: true }).extend({
  child: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), mosaicId: MosaicId }),
  requester: z.object({
    staffId: z.string(),
    name: z.string(),
    role: z.string(),
    home: z.string(),
    deviceId: z.string(),
  }),
});
export type CouncilAccessRequest = z.infer<typeof CouncilAccessRequest>;

export const CouncilAccessRequestList = z.object({ requests: z.array(CouncilAccessRequest) });
export type CouncilAccessRequestList = z.infer<typeof CouncilAccessRequestList>;

export const AccessDecision = z.object({
  decision: z.enum(['granted', 'refused']),
  /** The council officer who decided, as they should be named to the requester. */
  decidedBy: z.string().trim().min(1).max(200),
  note: z.string().trim().max(1000).optional(),
});
export type AccessDecision = z.infer<typeof AccessDecision>;

const councilErrors = {
  401: { description: 'Missing or wrong council service token.', schema: ApiError },
  404: { description: 'No such request, or the council API is not enabled.', schema: ApiError },
} as const;

const COUNCIL_AUTH =
  'For the council’s systems, with `Authorization: Bearer {HEARTH_COUNCIL_API_TOKEN}`. Answers 404 ' +
  'when the gateway has no council token configured.';

export const listAccessRequestsRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/council/access-requests',
  operationId: 'listAccessRequests',
  summary: 'Access requests for restricted records, pending ones by default (council service token)',
  description: COUNCIL_AUTH,
  tags: ['records'],
  query: z.object({ state: AccessRequestState.default('pending') }),
  responses: {
    200: { description: 'The requests, oldest first.', schema: CouncilAccessRequestList },
    401: councilErrors[401],
    404: councilErrors[404],
  },
});

export const decideAccessRequestRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/council/access-requests/{requestId}/decision',
  operationId: 'decideAccessRequest',
  summary: 'Grant or refuse an access request (council service token)',
  description: `${COUNCIL_AUTH} A grant lasts 30 days.`,
  tags: ['records'],
  params: z.object({ requestId: z.string().min(1).max(100) }),
  body: AccessDecision,
  responses: {
    200: { description: 'The decision is recorded.', schema: CouncilAccessRequest },
    400: { description: 'The decision is not valid.', schema: ApiError },
    ...councilErrors,
    409: { description: 'The request was already decided.', schema: ApiError },
  },
});
