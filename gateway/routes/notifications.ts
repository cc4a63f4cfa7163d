/**
 * The notification lists (shared/api/notifications.ts).
 * - GET /api/v1/children/{childId}/notifications, for home staff behind bearer sign-in, in the
 *   records' order of refusals: 401 not signed in; 403 `training-incomplete` (001: 2 modules to
 *   read); 404 for a child not placed in their home, as for an unknown id; 403 `restricted` for a
 *   restricted record (002 §6.2). Audited as a view of the child's documents.
 * - GET /api/v1/social-workers/{workerId}/notifications, for the council's systems with the
 *   service token HEARTH_COUNCIL_API_TOKEN: 404 when no token is configured (the route is off),
 *   401 for a missing or wrong token, 404 for an unknown worker.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  listChildNotificationsRoute,
  listSocialWorkerNotificationsRoute,
} from '../../shared/api/notifications.ts';
import { RESTRICTED_ACCESS_NOTE, canReadRecords, englandDate } from '../../shared/domain/access.ts';
import { recordGatewayEvent } from '../audit/record.ts';
import { signedIn, withSignedIn, type SignedInPerson } from '../auth/bearer.ts';
import { bearerToken } from '../auth/tokens.ts';
import type { GatewayContext } from '../context.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';
import { childNotifications, workerNotifications } from '../notify/lists.ts';
import { childPlacedIn } from '../records/children.ts';
import { withUploadTables } from '../uploads/tables.ts';
import { NO_SUCH_CHILD } from './records.ts';

export const COUNCIL_API_OFF = 'The council notification API is not enabled on this gateway.';

/** Compares digests, so the time taken says nothing about how much of the token was right. */
export function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export async function registerNotificationRoutes(
  app: FastifyInstance,
  ctx: GatewayContext,
  councilApiToken: string | null,
): Promise<void> {
  const db = withUploadTables(ctx.db);
  const audit = (
    person: SignedInPerson,
    action: 'view-documents' | 'access-refused',
    childId: string | null,
    detail: string,
  ) =>
    recordGatewayEvent(
      ctx.db,
      { staffId: person.staffId, homeId: person.homeId, deviceId: person.deviceId, action, childId, detail },
      ctx.clock(),
    );

  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, listChildNotificationsRoute, async ({ params }, request) => {
      const person = signedIn(request);
      if (!canReadRecords(person.access)) {
        await audit(person, 'access-refused', null, `training-incomplete: ${request.url}`);
        const message = person.access.reason ?? 'Your training does not yet allow you to read records.';
        return { status: 403, body: apiError('training-incomplete', message) };
      }
      const child = await childPlacedIn(ctx.db, person.homeId, englandDate(ctx.clock()), params.childId);
      if (!child) {
        await audit(person, 'access-refused', null, `not-found: ${params.childId}`);
        return { status: 404, body: apiError('not-found', NO_SUCH_CHILD) };
      }
      if (child.restricted === 1) {
        await audit(person, 'access-refused', child.id, 'restricted: notifications');
        return { status: 403, body: apiError('restricted', RESTRICTED_ACCESS_NOTE) };
      }
      const notifications = await childNotifications(db, child.id);
      await audit(person, 'view-documents', child.id, 'upload notifications');
      return { status: 200, body: { mosaicId: child.mosaic_id, notifications } };
    });
  });

  addRoute(app, listSocialWorkerNotificationsRoute, async ({ params, query }, request, reply) => {
    if (councilApiToken === null) return { status: 404, body: apiError('not-found', COUNCIL_API_OFF) };
    const token = bearerToken(request.headers.authorization);
    if (token === null || !sameToken(token, councilApiToken)) {
      reply.header('www-authenticate', 'Bearer realm="hearth-council"');
      return { status: 401, body: apiError('unauthorized', 'A valid council service token is needed.') };
    }
    const worker = await ctx.db
      .selectFrom('social_workers')
      .innerJoin('teams', 'teams.id', 'social_workers.team_id')
      .select(['social_workers.id', 'social_workers.name', 'teams.name as team_name'])
      .where('social_workers.id', '=', params.workerId)
      .executeTakeFirst();
    if (!worker)
      return { status: 404, body: apiError('not-found', 'There is no social worker with this id.') };
    return {
      status: 200,
      body: {
        socialWorker: { id: worker.id, name: worker.name, team: worker.team_name },
        notifications: await workerNotifications(db, worker.id, query.since),
      },
    };
  });
}
