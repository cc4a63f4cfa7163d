/**
 * Access requests for restricted records (shared/api/access-requests.ts; 002 §6.2).
 * - POST /api/v1/children/{childId}/access-requests, for home staff behind bearer sign-in, in the
 *   records' order of refusals: 401 not signed in; 403 `training-incomplete` (001: 2 modules to
 *   read); 404 for a child not placed in their home, as for an unknown id; 409 when the record is
 *   not restricted. A second request while one is open returns that one (200, `existing`).
 * - GET /api/v1/council/access-requests and POST .../{requestId}/decision, for the council's
 *   systems with HEARTH_COUNCIL_API_TOKEN, exactly as the notification list: 404 when no token is
 *   configured (the routes are off), 401 for a missing or wrong token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  decideAccessRequestRoute,
  listAccessRequestsRoute,
  requestAccessRoute,
} from '../../shared/api/access-requests.ts';
import { canReadRecords, englandDate } from '../../shared/domain/access.ts';
import {
  createAccessRequest,
  councilRequest,
  councilRequests,
  decideAccessRequest,
  toCouncilView,
  toView,
} from '../access-requests/queries.ts';
import { withAccessRequestTables } from '../access-requests/tables.ts';
import { refusalRecorder } from '../audit/record.ts';
import { signedIn, withSignedIn } from '../auth/bearer.ts';
import { bearerToken } from '../auth/tokens.ts';
import type { GatewayContext } from '../context.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';
import { childPlacedIn } from '../records/children.ts';
import { COUNCIL_API_OFF, sameToken } from './notifications.ts';
import { NO_SUCH_CHILD } from './records.ts';

export const NOT_RESTRICTED = 'This record is not restricted: you can read it without asking for access.';
export const NO_SUCH_REQUEST = 'There is no access request with this id.';

export async function registerAccessRequestRoutes(
  app: FastifyInstance,
  ctx: GatewayContext,
  councilApiToken: string | null,
  /** Wakes the notification worker, so the social worker hears at once rather than at its next poll. */
  queued: () => void,
): Promise<void> {
  const db = withAccessRequestTables(ctx.db);
  const refused = refusalRecorder(ctx.db, ctx.clock);

  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, requestAccessRoute, async ({ params, body }, request) => {
      const person = signedIn(request);
      if (!canReadRecords(person.access)) {
        await refused(person, null, `training-incomplete: ${request.url}`);
        const message = person.access.reason ?? 'Your training does not yet allow you to read records.';
        return { status: 403, body: apiError('training-incomplete', message) };
      }
      const now = ctx.clock();
      const child = await childPlacedIn(ctx.db, person.homeId, englandDate(now), params.childId);
      if (!child) {
        await refused(person, null, `not-found: ${params.childId}`);
        return { status: 404, body: apiError('not-found', NO_SUCH_CHILD) };
      }
      if (child.restricted !== 1) return { status: 409, body: apiError('conflict', NOT_RESTRICTED) };
      const outcome = await createAccessRequest(db, person, child.id, body.reason, now);
      if (!outcome.existing) queued();
      return {
        status: outcome.existing ? 200 : 201,
        body: { request: toView(outcome.row, now), existing: outcome.existing },
      };
    });
  });

  /** The council token check of routes/notifications.ts; null when the caller may go on. */
  function councilRefusal(request: FastifyRequest, reply: FastifyReply) {
    if (councilApiToken === null)
      return { status: 404, body: apiError('not-found', COUNCIL_API_OFF) } as const;
    const token = bearerToken(request.headers.authorization);
    if (token !== null && sameToken(token, councilApiToken)) return null;
    reply.header('www-authenticate', 'Bearer realm="hearth-council"');
    return {
      status: 401,
      body: apiError('unauthorized', 'A valid council service token is needed.'),
    } as const;
  }

  addRoute(app, listAccessRequestsRoute, async ({ query }, request, reply) => {
    const refusal = councilRefusal(request, reply);
    if (refusal) return refusal;
    return { status: 200, body: { requests: await councilRequests(db, query.state, ctx.clock()) } };
  });

  addRoute(app, decideAccessRequestRoute, async ({ params, body }, request, reply) => {
    const refusal = councilRefusal(request, reply);
    if (refusal) return refusal;
    const now = ctx.clock();
    const outcome = await decideAccessRequest(db, params.requestId, body, now);
    if (outcome === 'not-found') return { status: 404, body: apiError('not-found', NO_SUCH_REQUEST) };
    const row = await councilRequest(db, params.requestId);
    if (!row) return { status: 404, body: apiError('not-found', NO_SUCH_REQUEST) };
    if (outcome === 'already-decided') {
      const state = toCouncilView(row, now).state;
      return { status: 409, body: apiError('conflict', `This request was already decided: ${state}.`) };
    }
    return { status: 200, body: toCouncilView(row, now) };
  });
}
