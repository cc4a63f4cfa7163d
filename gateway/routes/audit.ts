/**
 * POST /api/v1/audit/events: a device hands over the audit events it kept (shared/api/audit.ts).
 * 401 when not signed in; 403 when the batch names another person (no "act for", guidance 000) or
 * another device than the one this session signed in on; otherwise 200 with the ids the gateway now
 * holds and those it refuses (events about a child not placed in the person's home).
 */
import type { FastifyInstance } from 'fastify';
import { postAuditEventsRoute } from '../../shared/api/audit.ts';
import { ingestDeviceEvents } from '../audit/ingest.ts';
import { signedIn, withSignedIn } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';

export const NOT_YOUR_EVENTS =
  'These audit events belong to another person: each person’s events are sent while they are signed in.';
export const NOT_THIS_DEVICE = 'These audit events come from another device than the one you signed in on.';

export async function registerAuditRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, postAuditEventsRoute, async ({ body }, request) => {
      const person = signedIn(request);
      if (body.staffId !== person.staffId)
        return { status: 403, body: apiError('forbidden', NOT_YOUR_EVENTS) };
      if (body.deviceId !== person.deviceId)
        return { status: 403, body: apiError('forbidden', NOT_THIS_DEVICE) };
      const result = await ingestDeviceEvents(
        ctx.db,
        { staffId: person.staffId, homeId: person.homeId, deviceId: person.deviceId },
        body.events,
        ctx.clock(),
      );
      return { status: 200, body: result };
    });
  });
}
