/**
 * Hard copies (shared/api/hard-copies.ts; guidance 001), behind bearer authentication: 401 when not
 * signed in; 403 unless the person may upload (an upload role with all 9 training modules: those who
 * upload are those who mark the paper); then only the documents of children placed in the person's
 * home exist (404 for any other id, as for an unknown one). The list and each marking are audited, as every list and action.
 */
import type { FastifyInstance } from 'fastify';
import { listHardCopiesRoute, markHardCopyRoute } from '../../shared/api/hard-copies.ts';
import { canUpload, englandDate } from '../../shared/domain/access.ts';
import { UPLOAD_ROLES } from '../../shared/domain/roles.ts';
import { recordGatewayEvent } from '../audit/record.ts';
import { signedIn, withSignedIn, type SignedInPerson } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { hardCopiesToMark, hardCopyStatus, markHardCopy } from '../hard-copies/queries.ts';
import { withHardCopyTables } from '../hard-copies/tables.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';

export const NO_SUCH_HARD_COPY = 'There is no uploaded document with this id for your home.';

export async function registerHardCopyRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  const db = withHardCopyTables(ctx.db);
  const audit = (
    person: SignedInPerson,
    action: 'list-hard-copies' | 'mark-hard-copy' | 'access-refused',
    childId: string | null,
    detail: string | null,
  ) =>
    recordGatewayEvent(
      ctx.db,
      { staffId: person.staffId, homeId: person.homeId, deviceId: person.deviceId, action, childId, detail },
      ctx.clock(),
    );

  /** The 403 for someone who does not upload (001), audited like every refusal; null when they may. */
  async function refusal(person: SignedInPerson) {
    if (canUpload(person.access)) return null;
    await audit(person, 'access-refused', null, `hard copies: no upload access (${person.access.level})`);
    const trainingOnly = UPLOAD_ROLES.has(person.role);
    const message = trainingOnly
      ? (person.access.reason ?? 'Complete all 9 training modules to mark hard copies.')
      : 'Only Registered Managers, Assistant Managers and Principal Residential Child Care Workers mark hard copies of uploaded documents (guidance 001).';
    return {
      status: 403 as const,
      body: apiError(trainingOnly ? 'training-incomplete' : 'forbidden', message),
    };
  }

  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, listHardCopiesRoute, async (_input, request) => {
      const person = signedIn(request);
      const refused = await refusal(person);
      if (refused) return refused;
      const hardCopies = await hardCopiesToMark(db, person.homeId, englandDate(ctx.clock()));
      await audit(person, 'list-hard-copies', null, `${hardCopies.length} to mark`);
      return { status: 200, body: { hardCopies } };
    });

    addRoute(scope, markHardCopyRoute, async ({ params }, request) => {
      const person = signedIn(request);
      const refused = await refusal(person);
      if (refused) return refused;
      const today = englandDate(ctx.clock());
      const before = await hardCopyStatus(db, person.homeId, today, params.documentId);
      if (!before) {
        await audit(person, 'access-refused', null, `hard copy not found: ${params.documentId}`);
        return { status: 404, body: apiError('not-found', NO_SUCH_HARD_COPY) };
      }
      const marked = await markHardCopy(db, {
        homeId: person.homeId,
        documentId: params.documentId,
        staffId: person.staffId,
        staffName: person.profile.name,
        now: ctx.clock(),
      });
      // Only the marking that changed the row is an action; asking again changes nothing.
      if (marked) await audit(person, 'mark-hard-copy', before.childId, params.documentId);
      const after = await hardCopyStatus(db, person.homeId, today, params.documentId);
      return { status: 200, body: (after ?? before).status };
    });
  });
}
