/**
 * The managers' audit review (shared/api/audit-review.ts): list, filter choices, export and
 * verification. In order, each route answers 401 when not signed in, then 403 for anyone who is not
 * a Registered Manager or Assistant Manager (001: "reviewed by management"; the refusal itself is
 * audited), and reads only events of the manager's own home. Looking at, exporting and verifying
 * the audit are audited too (DOMAIN.md "Audit"). No route here changes or removes an event.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  auditFilterOptionsRoute,
  exportAuditRoute,
  listAuditRoute,
  verifyAuditRoute,
  type AuditFilters,
} from '../../shared/api/audit-review.ts';
import { GATEWAY_AUDIT_ACTIONS, type AuditAction } from '../../shared/api/audit.ts';
import { auditActionLabel } from '../../shared/domain/audit-action-labels.ts';
import { MANAGER_ROLES } from '../../shared/domain/roles.ts';
import { exportAudit, filtersInWords } from '../audit/export.ts';
import { recordGatewayEvent } from '../audit/record.ts';
import { auditCount, auditRows, decodeCursor, encodeCursor, filterChoices } from '../audit/review.ts';
import { verifyHomeAudit } from '../audit/verify-report.ts';
import { signedIn, withSignedIn, type SignedInPerson } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';

export const MANAGERS_ONLY = 'Only the home’s Registered Manager and Assistant Manager can review the audit.';
export const BAD_CURSOR = 'This page of the audit is no longer valid. Start again from the first page.';

const filtersOf = (q: AuditFilters): AuditFilters => ({
  staffId: q.staffId,
  childId: q.childId,
  action: q.action,
  from: q.from,
  to: q.to,
});

export async function registerAuditReviewRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  const audit = (person: SignedInPerson, action: AuditAction, detail: string | null) =>
    recordGatewayEvent(
      ctx.db,
      { staffId: person.staffId, homeId: person.homeId, deviceId: person.deviceId, action, detail },
      ctx.clock(),
    );

  /** The manager, or the audited 403 for anyone else. */
  async function manager(request: FastifyRequest) {
    const person = signedIn(request);
    if (MANAGER_ROLES.has(person.role)) return { ok: true as const, person };
    await audit(
      person,
      'access-refused',
      `not-a-manager: ${request.method} ${request.url.split('?')[0] ?? ''}`,
    );
    return {
      ok: false as const,
      answer: { status: 403 as const, body: apiError('forbidden', MANAGERS_ONLY) },
    };
  }

  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, listAuditRoute, async ({ query }, request) => {
      const m = await manager(request);
      if (!m.ok) return m.answer;
      const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
      if (query.cursor !== undefined && after === null)
        return { status: 400, body: apiError('bad-request', BAD_CURSOR) };
      const filters = filtersOf(query);
      const homeId = m.person.homeId;
      // One more than asked tells whether another page follows.
      const rows = await auditRows(ctx.db, homeId, filters, query.limit + 1, after);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const total = await auditCount(ctx.db, homeId, filters);
      await audit(m.person, 'audit-viewed', await filtersInWords(ctx.db, homeId, filters));
      return {
        status: 200,
        body: {
          rows: page,
          total,
          nextCursor:
            rows.length > query.limit && last ? encodeCursor({ at: last.at, rowid: last.rowid }) : null,
        },
      };
    });

    addRoute(scope, auditFilterOptionsRoute, async (_input, request) => {
      const m = await manager(request);
      if (!m.ok) return m.answer;
      const choices = await filterChoices(ctx.db, m.person.homeId);
      const actions = GATEWAY_AUDIT_ACTIONS.map((id) => ({ id, label: auditActionLabel(id) }));
      return { status: 200, body: { ...choices, actions } };
    });

    addRoute(scope, exportAuditRoute, async ({ query }, request) => {
      const m = await manager(request);
      if (!m.ok) return m.answer;
      const filters = filtersOf(query);
      const file = await exportAudit(
        ctx.db,
        {
          homeId: m.person.homeId,
          homeName: m.person.profile.home.name,
          format: query.format,
          filters,
          exportedBy: { name: m.person.profile.name, role: m.person.profile.roleLabel },
        },
        ctx.clock(),
      );
      const words = await filtersInWords(ctx.db, m.person.homeId, filters);
      await audit(
        m.person,
        'audit-exported',
        `${query.format.toUpperCase()}, ${file.rowCount} events. ${words}`,
      );
      return { status: 200, body: file };
    });

    addRoute(scope, verifyAuditRoute, async (_input, request) => {
      const m = await manager(request);
      if (!m.ok) return m.answer;
      const result = await verifyHomeAudit(ctx.db, m.person.homeId, ctx.clock());
      const broken = result.chains.find((c) => !c.ok);
      await audit(
        m.person,
        'audit-verified',
        broken
          ? `broken: chain ${broken.chainId}${broken.firstBroken ? ` event ${broken.firstBroken.seq}` : ''}`
          : `ok: ${result.chains.length} chains`,
      );
      return { status: 200, body: result };
    });
  });
}
