/**
 * The download log, whole (shared/api/download-log.ts; issue 6: "The download, its file name and
 * the SHA-256 of what was saved are audited"). The device reports where it saved a download, once,
 * for its own downloads only, and only when the bytes it wrote are the bytes the gateway sent. The
 * home's managers read the log (001: "reviewed by management"); a look at it is audited as a look
 * at the audit, and anyone else's attempt is refused and audited.
 */
import type { FastifyInstance } from 'fastify';
import {
  ALREADY_SAVED,
  DOWNLOAD_NOT_FOUND,
  NOT_WHAT_WAS_SENT,
  downloadLogRoute,
  recordDownloadSavedRoute,
  type DownloadLogRow,
} from '../../shared/api/download-log.ts';
import { ROLE_LABELS, MANAGER_ROLES } from '../../shared/domain/roles.ts';
import { signedIn, withSignedIn } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { auditFor } from '../downloads/access.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';
import { MANAGERS_ONLY } from './audit-review.ts';

export async function registerDownloadLogRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, recordDownloadSavedRoute, async ({ params, body }, request) => {
      const person = signedIn(request);
      const row = await ctx.db
        .selectFrom('downloads')
        .select(['id', 'sha256', 'saved_as'])
        .where('id', '=', params.downloadId)
        .where('staff_id', '=', person.staffId)
        .where('home_id', '=', person.homeId)
        .executeTakeFirst();
      if (!row) return { status: 404, body: apiError('not-found', DOWNLOAD_NOT_FOUND) };
      if (row.saved_as !== null) return { status: 409, body: apiError('conflict', ALREADY_SAVED) };
      if (row.sha256 !== body.sha256) {
        await auditFor(ctx, person)('access-refused', null, `download-saved sha256 differs: ${row.id}`);
        return { status: 400, body: apiError('bad-request', NOT_WHAT_WAS_SENT) };
      }
      // Once: a second report (or a race of two) changes nothing.
      await ctx.db
        .updateTable('downloads')
        .set({ saved_as: body.savedAs, saved_sha256: body.sha256, saved_at: ctx.clock().toISOString() })
        .where('id', '=', row.id)
        .where('saved_as', 'is', null)
        .execute();
      return { status: 204, body: undefined };
    });

    addRoute(scope, downloadLogRoute, async ({ query }, request) => {
      const person = signedIn(request);
      const audit = auditFor(ctx, person);
      if (!MANAGER_ROLES.has(person.role)) {
        await audit('access-refused', null, 'not-a-manager: GET /api/v1/audit/downloads');
        return { status: 403, body: apiError('forbidden', MANAGERS_ONLY) };
      }
      const rows = await ctx.db
        .selectFrom('downloads')
        .innerJoin('staff', 'staff.id', 'downloads.staff_id')
        .innerJoin('children', 'children.id', 'downloads.child_id')
        .innerJoin('documents', 'documents.id', 'downloads.document_id')
        .select([
          'downloads.id',
          'downloads.downloaded_at',
          'staff.display_name',
          'staff.role',
          'children.id as child_id',
          'children.first_name',
          'children.last_name',
          'documents.title',
          'downloads.basis',
          'downloads.file_name',
          'downloads.sha256',
          'downloads.saved_as',
          'downloads.saved_sha256',
          'downloads.saved_at',
        ])
        .where('downloads.home_id', '=', person.homeId)
        .orderBy('downloads.downloaded_at', 'desc')
        .orderBy('downloads.id', 'desc')
        .limit(query.limit)
        .execute();
      await audit('audit-viewed', null, 'download log');
      const downloads: DownloadLogRow[] = rows.map((r) => ({
        id: r.id,
        at: r.downloaded_at,
        person: { name: r.display_name, role: ROLE_LABELS[r.role] },
        child: { id: r.child_id, name: `${r.first_name} ${r.last_name}` },
        documentTitle: r.title,
        basis: r.basis,
        fileName: r.file_name,
        sha256: r.sha256,
        saved:
          r.saved_as !== null && r.saved_sha256 !== null && r.saved_at !== null
            ? { as: r.saved_as, sha256: r.saved_sha256, at: r.saved_at }
            : null,
      }));
      return { status: 200, body: { downloads } };
    });
  });
}
