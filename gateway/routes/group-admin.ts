/**
 * The council's sibling group routes (shared/api/groups.ts; issue 8, guidance 004): groups are
 * created in Mosaic by the council, so its systems create, rename, add and end memberships here,
 * authenticated as the council notification API is (routes/notifications.ts): 404 when no
 * HEARTH_COUNCIL_API_TOKEN is configured (the routes are off), 401 for a missing or wrong token
 * (a staff member's sign-in token included). The rules live in groups/admin.ts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addGroupMemberRoute,
  createGroupRoute,
  endGroupMembershipRoute,
  renameGroupRoute,
  suggestGroupNameRoute,
} from '../../shared/api/groups.ts';
import { englandDate } from '../../shared/domain/access.ts';
import { suggestGroupName } from '../../shared/domain/group-name.ts';
import { bearerToken } from '../auth/tokens.ts';
import type { GatewayContext } from '../context.ts';
import {
  addMember,
  createGroup,
  endMembership,
  membersForName,
  noChildRecord,
  renameGroup,
  type GroupChange,
} from '../groups/admin.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';
import { sameToken } from './notifications.ts';

export const COUNCIL_GROUPS_OFF = 'The council group API is not enabled on this gateway.';

type Gate = { status: 401 | 404; body: ReturnType<typeof apiError> } | null;

/** Null when the request carries the council's token; otherwise the answer to give. */
function councilGate(request: FastifyRequest, reply: FastifyReply, councilApiToken: string | null): Gate {
  if (councilApiToken === null) return { status: 404, body: apiError('not-found', COUNCIL_GROUPS_OFF) };
  const token = bearerToken(request.headers.authorization);
  if (token !== null && sameToken(token, councilApiToken)) return null;
  reply.header('www-authenticate', 'Bearer realm="hearth-council"');
  return { status: 401, body: apiError('unauthorized', 'A valid council service token is needed.') };
}

const answer = <S extends 200 | 201>(change: GroupChange, success: S) =>
  change.ok
    ? { status: success, body: change.group }
    : {
        status: change.status,
        body: apiError(
          change.status === 404 ? 'not-found' : change.status === 409 ? 'conflict' : 'bad-request',
          change.message,
        ),
      };

const commaList = (text: string) => text.split(',').map((part) => part.trim());

export function registerGroupAdminRoutes(
  app: FastifyInstance,
  ctx: GatewayContext,
  councilApiToken: string | null,
): void {
  addRoute(app, suggestGroupNameRoute, async ({ query }, request, reply) => {
    const gate = councilGate(request, reply, councilApiToken);
    if (gate) return gate;
    const ids = commaList(query.childIds);
    const postcodes = query.postcodes === undefined ? [] : commaList(query.postcodes);
    const { named, unknown } = await membersForName(
      ctx.db,
      ids.map((childId, i) => ({ childId, postcode: postcodes[i] })),
    );
    const [firstUnknown] = unknown;
    if (firstUnknown !== undefined)
      return { status: 404, body: apiError('not-found', noChildRecord(firstUnknown)) };
    const suggested = suggestGroupName(named);
    if (!suggested.ok) return { status: 400, body: apiError('bad-request', suggested.message) };
    return { status: 200, body: { name: suggested.value } };
  });

  addRoute(app, createGroupRoute, async ({ body }, request, reply) => {
    const gate = councilGate(request, reply, councilApiToken);
    if (gate) return gate;
    return answer(await createGroup(ctx.db, body, ctx.clock()), 201);
  });

  addRoute(app, renameGroupRoute, async ({ params, body }, request, reply) => {
    const gate = councilGate(request, reply, councilApiToken);
    if (gate) return gate;
    const now = ctx.clock();
    const change = await renameGroup(ctx.db, params.groupId, body.name, englandDate(now), now);
    if (change.ok) return { status: 200, body: change.group };
    // A rename adds no member, so it is never a conflict: refused for its name, or no such group.
    return change.status === 404
      ? { status: 404, body: apiError('not-found', change.message) }
      : { status: 400, body: apiError('bad-request', change.message) };
  });

  addRoute(app, addGroupMemberRoute, async ({ params, body }, request, reply) => {
    const gate = councilGate(request, reply, councilApiToken);
    if (gate) return gate;
    return answer(await addMember(ctx.db, params.groupId, body, ctx.clock()), 201);
  });

  addRoute(app, endGroupMembershipRoute, async ({ params, body }, request, reply) => {
    const gate = councilGate(request, reply, councilApiToken);
    if (gate) return gate;
    const change = await endMembership(ctx.db, params.groupId, params.childId, body.endDate, ctx.clock());
    // Ending is refused only when there is nothing to end: no such group or open membership.
    return change.ok
      ? { status: 200, body: change.group }
      : { status: 404, body: apiError('not-found', change.message) };
  });
}
