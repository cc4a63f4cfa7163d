/**
 * The read-only child record (shared/api/records.ts), behind bearer authentication. In order, each
 * route answers: 401 when not signed in; 403 `training-incomplete` when the person's training gives
 * no access to records (001); 404 when the child is not placed in their home, exactly as for an
 * unknown id (DOMAIN.md); 403 `restricted` for a restricted child's documents and case notes
 * (002 §6.2), unless the council granted THIS reader's access request and the grant is still in
 * force (routes/access-requests.ts): then the full record, to them only. Every list, search and
 * view, and every refusal, is written to the audit first.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  getChildRoute,
  listCaseNotesRoute,
  listChildrenRoute,
  listDocumentsRoute,
} from '../../shared/api/records.ts';
import type { AuditAction } from '../../shared/api/audit.ts';
import { placedChildIdsRoute } from '../../shared/api/placements.ts';
import type { ApiError } from '../../shared/api/errors.ts';
import {
  RESTRICTED_ACCESS_NOTE,
  canReadRecords,
  englandDate,
  matchesChildSearch,
} from '../../shared/domain/access.ts';
import { grantInForce, latestRequest, toView } from '../access-requests/queries.ts';
import { withAccessRequestTables } from '../access-requests/tables.ts';
import { recordGatewayEvent } from '../audit/record.ts';
import { signedIn, withSignedIn, type SignedInPerson } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';
import { caseNotesForHomeStaff } from '../records/case-notes.ts';
import { childPlacedIn, childRecord, childrenPlacedIn, searchable, toListItem } from '../records/children.ts';
import { documentsForHomeStaff } from '../records/documents.ts';

/** The same words for an unknown id and another home's child: nothing tells them apart. */
export const NO_SUCH_CHILD = 'There is no child with this id placed in your home.';

interface Refusal<S extends number> {
  status: S;
  body: ApiError;
}

type ReaderCheck = { ok: true; person: SignedInPerson; today: string } | { ok: false; answer: Refusal<403> };

export async function registerRecordsRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  const audit = (
    person: SignedInPerson,
    action: AuditAction,
    childId: string | null,
    detail: string | null,
  ) =>
    recordGatewayEvent(
      ctx.db,
      { staffId: person.staffId, homeId: person.homeId, deviceId: person.deviceId, action, childId, detail },
      ctx.clock(),
    );

  /** The reader, or the 403 for someone whose training does not yet allow reading records (001). */
  async function reader(request: FastifyRequest): Promise<ReaderCheck> {
    const person = signedIn(request);
    if (canReadRecords(person.access)) return { ok: true, person, today: englandDate(ctx.clock()) };
    await audit(person, 'access-refused', null, `training-incomplete: ${request.url}`);
    const message = person.access.reason ?? 'Your training does not yet allow you to read records.';
    return { ok: false, answer: { status: 403, body: apiError('training-incomplete', message) } };
  }

  /** The child if they exist for this reader; otherwise the refusal is audited and the 404 returned. */
  async function childFor(person: SignedInPerson, today: string, childId: string) {
    const child = await childPlacedIn(ctx.db, person.homeId, today, childId);
    if (!child) await audit(person, 'access-refused', null, `not-found: ${childId}`);
    return child;
  }
  const notFound: Refusal<404> = { status: 404, body: apiError('not-found', NO_SUCH_CHILD) };
  const restricted: Refusal<403> = { status: 403, body: apiError('restricted', RESTRICTED_ACCESS_NOTE) };
  const requests = withAccessRequestTables(ctx.db);

  /** For a restricted child: the reader's grant in force (002 §6.2), or null; null too when not restricted. */
  async function grantFor(person: SignedInPerson, child: { id: string; restricted: 0 | 1 }) {
    if (child.restricted !== 1) return null;
    const now = ctx.clock();
    const row = await grantInForce(requests, person.staffId, child.id, now);
    return row ? toView(row, now) : null;
  }

  /** Whether the restricted parts may be served: not restricted, or granted to this reader. */
  async function mayReadAll(person: SignedInPerson, child: { id: string; restricted: 0 | 1 }) {
    return child.restricted !== 1 || (await grantFor(person, child)) !== null;
  }

  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, listChildrenRoute, async ({ query }, request) => {
      const r = await reader(request);
      if (!r.ok) return r.answer;
      const q = query.q ?? '';
      // A home has tens of children: the search runs over them with the shared rule, so the app's
      // offline search of its cache finds exactly what the gateway finds.
      const rows = (await childrenPlacedIn(ctx.db, r.person.homeId, r.today)).filter((row) =>
        matchesChildSearch(searchable(row), q),
      );
      await audit(r.person, q === '' ? 'list-children' : 'search-children', null, q === '' ? null : q);
      return { status: 200, body: { children: rows.map(toListItem) } };
    });

    // Device housekeeping, not an enquiry: not audited as a list (shared/api/placements.ts).
    addRoute(scope, placedChildIdsRoute, async (_input, request) => {
      const r = await reader(request);
      if (!r.ok) return r.answer;
      const rows = await childrenPlacedIn(ctx.db, r.person.homeId, r.today);
      return { status: 200, body: { childIds: rows.map((row) => row.id) } };
    });

    addRoute(scope, getChildRoute, async ({ params }, request) => {
      const r = await reader(request);
      if (!r.ok) return r.answer;
      const child = await childFor(r.person, r.today, params.childId);
      if (!child) return notFound;
      const grant = await grantFor(r.person, child);
      const record = await childRecord(ctx.db, child, r.person.homeId, r.today, grant);
      const detail = record.restricted
        ? 'restricted: basic details only'
        : grant && `restricted: full record by access request ${grant.id}`;
      await audit(r.person, 'view-summary', child.id, detail);
      if (!record.restricted) return { status: 200, body: record };
      // The reader's own request and its state travel with the summary (and its saved copy).
      const latest = await latestRequest(requests, r.person.staffId, child.id);
      return {
        status: 200,
        body: latest ? { ...record, accessRequest: toView(latest, ctx.clock()) } : record,
      };
    });

    addRoute(scope, listDocumentsRoute, async ({ params }, request) => {
      const r = await reader(request);
      if (!r.ok) return r.answer;
      const child = await childFor(r.person, r.today, params.childId);
      if (!child) return notFound;
      if (!(await mayReadAll(r.person, child))) {
        await audit(r.person, 'access-refused', child.id, 'restricted: documents');
        return restricted;
      }
      const documents = await documentsForHomeStaff(ctx.db, child.id);
      await audit(r.person, 'view-documents', child.id, null);
      return { status: 200, body: { mosaicId: child.mosaic_id, documents } };
    });

    addRoute(scope, listCaseNotesRoute, async ({ params }, request) => {
      const r = await reader(request);
      if (!r.ok) return r.answer;
      const child = await childFor(r.person, r.today, params.childId);
      if (!child) return notFound;
      if (!(await mayReadAll(r.person, child))) {
        await audit(r.person, 'access-refused', child.id, 'restricted: case notes');
        return restricted;
      }
      const caseNotes = await caseNotesForHomeStaff(ctx.db, child.id);
      await audit(r.person, 'view-case-notes', child.id, null);
      return { status: 200, body: { mosaicId: child.mosaic_id, caseNotes } };
    });
  });
}
