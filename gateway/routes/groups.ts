/**
 * The sibling group page (shared/api/groups.ts), behind bearer authentication, answering as the
 * child record routes do (routes/records.ts): 401 not signed in; 403 `training-incomplete`; 404
 * when the child is not placed in the reader's home (as for an unknown id) or is in no group; 403
 * `restricted` for a restricted child (002 §6.2). Every view and refusal is audited first.
 */
import type { FastifyInstance } from 'fastify';
import { getChildGroupRoute } from '../../shared/api/groups.ts';
import { RESTRICTED_ACCESS_NOTE, canReadRecords, englandDate } from '../../shared/domain/access.ts';
import { recordGatewayEvent } from '../audit/record.ts';
import type { AuditAction } from '../../shared/api/audit.ts';
import { signedIn, withSignedIn, type SignedInPerson } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { currentGroupOf, groupPage } from '../groups/group-page.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';
import { childPlacedIn } from '../records/children.ts';
import { NO_SUCH_CHILD } from './records.ts';

export const NOT_IN_A_GROUP = 'This child is not in a sibling group.';

export async function registerGroupRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  const audit = (person: SignedInPerson, action: AuditAction, childId: string | null, detail: string) =>
    recordGatewayEvent(
      ctx.db,
      { staffId: person.staffId, homeId: person.homeId, deviceId: person.deviceId, action, childId, detail },
      ctx.clock(),
    );

  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, getChildGroupRoute, async ({ params }, request) => {
      const person = signedIn(request);
      if (!canReadRecords(person.access)) {
        await audit(person, 'access-refused', null, `training-incomplete: ${request.url}`);
        const message = person.access.reason ?? 'Your training does not yet allow you to read records.';
        return { status: 403, body: apiError('training-incomplete', message) };
      }
      const today = englandDate(ctx.clock());
      const child = await childPlacedIn(ctx.db, person.homeId, today, params.childId);
      if (!child) {
        await audit(person, 'access-refused', null, `not-found: ${params.childId}`);
        return { status: 404, body: apiError('not-found', NO_SUCH_CHILD) };
      }
      if (child.restricted === 1) {
        await audit(person, 'access-refused', child.id, 'restricted: group');
        return { status: 403, body: apiError('restricted', RESTRICTED_ACCESS_NOTE) };
      }
      const group = await currentGroupOf(ctx.db, child.id, today);
      const page = group ? await groupPage(ctx.db, group, person.homeId, today) : null;
      if (!page) return { status: 404, body: apiError('not-found', NOT_IN_A_GROUP) };
      await audit(person, 'view-group', child.id, `${page.id}: ${page.members.map((m) => m.id).join(' ')}`);
      return { status: 200, body: page };
    });
  });
}
