/**
 * What each device keeps for reading offline (shared/api/offline-copies.ts; issue 6): for each child
 * placed in the person's home today whose record is not restricted (002 §6.2), the newest permitted
 * document of each type, chosen by the same rule as the app. Device housekeeping, asked at each sync
 * contact: not audited as anyone's view (as placed-child-ids); the copies themselves are audited as
 * `offline-copy` when fetched. Someone whose training gives no access to records is refused and
 * the refusal audited, as for every records route.
 */
import type { FastifyInstance } from 'fastify';
import { offlineCopiesRoute } from '../../shared/api/offline-copies.ts';
import { canReadRecords, englandDate } from '../../shared/domain/access.ts';
import { documentsToKeep } from '../../shared/domain/offline-copies.ts';
import { signedIn, withSignedIn } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { auditFor } from '../downloads/access.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';
import { childrenPlacedIn } from '../records/children.ts';
import { documentsForHomeStaff } from '../records/documents.ts';

export async function registerOfflineCopiesRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, offlineCopiesRoute, async (_input, request) => {
      const person = signedIn(request);
      if (!canReadRecords(person.access)) {
        await auditFor(ctx, person)('access-refused', null, `training-incomplete: ${request.url}`);
        const message = person.access.reason ?? 'Your training does not yet allow you to read records.';
        return { status: 403, body: apiError('training-incomplete', message) };
      }
      const placed = await childrenPlacedIn(ctx.db, person.homeId, englandDate(ctx.clock()));
      const children = [];
      for (const child of placed) {
        if (child.restricted === 1) continue;
        const documents = documentsToKeep(await documentsForHomeStaff(ctx.db, child.id));
        if (documents.length > 0) children.push({ childId: child.id, mosaicId: child.mosaic_id, documents });
      }
      return { status: 200, body: { children } };
    });
  });
}
