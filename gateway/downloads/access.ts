/**
 * The checks every view and download route makes, in the order of shared/api/downloads.ts: the
 * person's training lets them read records (001), the child is placed in their home (another
 * home's child answers exactly as an unknown id, DOMAIN.md), the record is not restricted (002
 * §6.2) or the council granted THIS person's access request and the grant is still in force (the
 * same rule as the record's lists, routes/records.ts), and the document is on that child's record
 * and not confidential (002 §4.3). Each refusal is audited before it is answered.
 */
import type { FastifyRequest } from 'fastify';
import type { ApiError } from '../../shared/api/errors.ts';
import type { AuditAction } from '../../shared/api/audit.ts';
import { RESTRICTED_ACCESS_NOTE, canReadRecords, englandDate } from '../../shared/domain/access.ts';
import { recordGatewayEvent } from '../audit/record.ts';
import { signedIn, type SignedInPerson } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { apiError } from '../http/errors.ts';
import { grantInForce } from '../access-requests/queries.ts';
import { withAccessRequestTables } from '../access-requests/tables.ts';
import { childPlacedIn } from '../records/children.ts';
import { NO_SUCH_CHILD } from '../routes/records.ts';
import { reachableDocument, type ReachableDocument } from './document-row.ts';

export const NO_SUCH_DOCUMENT = 'There is no document with this id on this child’s record.';

export interface Refusal {
  status: 403 | 404;
  body: ApiError;
}

export type ChildAccess =
  | {
      ok: true;
      person: SignedInPerson;
      child: { id: string; mosaicId: string; firstName: string; lastName: string };
      /**
       * The access request that lets this person read a restricted record (002 §6.2), or null for a
       * record that is not restricted. Its documents are served to them while it lasts, but never
       * copied to the device: another person of the home may sign in on that computer.
       */
      grantId: string | null;
    }
  | { ok: false; refusal: Refusal };

export type DocumentAccess =
  (Extract<ChildAccess, { ok: true }> & { document: ReachableDocument }) | { ok: false; refusal: Refusal };

export function auditFor(ctx: GatewayContext, person: SignedInPerson) {
  return (action: AuditAction, childId: string | null, detail: string | null) =>
    recordGatewayEvent(
      ctx.db,
      { staffId: person.staffId, homeId: person.homeId, deviceId: person.deviceId, action, childId, detail },
      ctx.clock(),
    );
}

export async function childAccess(
  ctx: GatewayContext,
  request: FastifyRequest,
  childId: string,
): Promise<ChildAccess> {
  const person = signedIn(request);
  const audit = auditFor(ctx, person);
  if (!canReadRecords(person.access)) {
    await audit('access-refused', null, `training-incomplete: ${request.url}`);
    const message = person.access.reason ?? 'Your training does not yet allow you to read records.';
    return { ok: false, refusal: { status: 403, body: apiError('training-incomplete', message) } };
  }
  const child = await childPlacedIn(ctx.db, person.homeId, englandDate(ctx.clock()), childId);
  if (!child) {
    await audit('access-refused', null, `not-found: ${childId}`);
    return { ok: false, refusal: { status: 404, body: apiError('not-found', NO_SUCH_CHILD) } };
  }
  const grant =
    child.restricted === 1
      ? await grantInForce(withAccessRequestTables(ctx.db), person.staffId, child.id, ctx.clock())
      : undefined;
  if (child.restricted === 1 && !grant) {
    await audit('access-refused', child.id, 'restricted: documents');
    return { ok: false, refusal: { status: 403, body: apiError('restricted', RESTRICTED_ACCESS_NOTE) } };
  }
  return {
    ok: true,
    person,
    grantId: grant?.id ?? null,
    child: {
      id: child.id,
      mosaicId: child.mosaic_id,
      firstName: child.first_name,
      lastName: child.last_name,
    },
  };
}

export async function documentAccess(
  ctx: GatewayContext,
  request: FastifyRequest,
  childId: string,
  documentId: string,
): Promise<DocumentAccess> {
  const access = await childAccess(ctx, request, childId);
  if (!access.ok) return access;
  const document = await reachableDocument(ctx.db, access.child.id, documentId);
  if (!document) {
    await auditFor(ctx, access.person)(
      'access-refused',
      access.child.id,
      `document not-found: ${documentId}`,
    );
    return { ok: false, refusal: { status: 404, body: apiError('not-found', NO_SUCH_DOCUMENT) } };
  }
  return { ...access, document };
}
