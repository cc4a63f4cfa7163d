/**
 * Viewing and downloading documents, discussions with the social worker, and the home's download
 * settings (shared/api/downloads.ts; guidance 001 "Downloading documents from Mosaic"). All behind
 * bearer authentication; every view, download, discussion and settings change, and every refusal,
 * is audited before the answer is sent.
 */
import type { FastifyInstance } from 'fastify';
import {
  downloadDocumentRoute,
  getDownloadSettingsRoute,
  listDiscussionsRoute,
  putDownloadSettingsRoute,
  recordDiscussionRoute,
  viewDocumentRoute,
} from '../../shared/api/downloads.ts';
import { documentType } from '../../shared/domain/catalogue.ts';
import { discussionTimeProblem } from '../../shared/domain/downloads.ts';
import { MANAGER_ROLES } from '../../shared/domain/roles.ts';
import { signedIn, withSignedIn } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { addFileRoute } from '../downloads/binary-route.ts';
import { auditFor, childAccess, documentAccess } from '../downloads/access.ts';
import { discussionsOf, recordDiscussion } from '../downloads/discussions.ts';
import { downloadAnswer, downloaderCheck } from '../downloads/download.ts';
import { downloadSettings, saveDownloadSettings } from '../downloads/settings.ts';
import { openFileStore } from '../files/store.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';

export const ONLY_PERMITTED_OFFLINE = 'Only permitted documents are kept for offline reading.';
export const NOT_KEPT_WHEN_RESTRICTED =
  'A restricted record’s documents are not kept on this computer, even while your access lasts.';

export const MANAGERS_ONLY =
  'Only the home’s registered manager or assistant manager can change these settings.';

export async function registerDownloadRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  const files = openFileStore(ctx.config.dataDir);

  await withSignedIn(app, ctx, (scope) => {
    addFileRoute(scope, viewDocumentRoute, async (params, request, query) => {
      const access = await documentAccess(ctx, request, params.childId, params.documentId);
      if (!access.ok) return access.refusal;
      const offlineCopy = query.purpose === 'offline-copy';
      // Only the permitted documents are kept on devices (003: no more than the home needs).
      if (offlineCopy && !documentType(access.document.type).permittedDownload) {
        return { status: 403, body: apiError('forbidden', ONLY_PERMITTED_OFFLINE) };
      }
      // A restricted record read by a grant is that person's alone (002 §6.2): nothing of it is kept
      // on a computer others of the home sign in on.
      if (offlineCopy && access.grantId !== null) {
        await auditFor(ctx, access.person)('access-refused', access.child.id, 'restricted: offline copy');
        return { status: 403, body: apiError('restricted', NOT_KEPT_WHEN_RESTRICTED) };
      }
      const bytes = await files.read(access.document.sha256);
      await auditFor(ctx, access.person)(
        offlineCopy ? 'offline-copy' : 'view-document',
        access.child.id,
        access.grantId === null
          ? access.document.id
          : `${access.document.id} restricted: by access request ${access.grantId}`,
      );
      return { status: 200, bytes, contentType: access.document.mimeType };
    });

    addFileRoute(scope, downloadDocumentRoute, async (params, request) => {
      const access = await documentAccess(ctx, request, params.childId, params.documentId);
      if (!access.ok) return access.refusal;
      return downloadAnswer(ctx, files, access);
    });

    addRoute(scope, recordDiscussionRoute, async ({ params, body }, request) => {
      const access = await documentAccess(ctx, request, params.childId, params.documentId);
      if (!access.ok) return access.refusal;
      // Only someone who may download records a discussion to open a download (001).
      const { right } = await downloaderCheck(ctx, access.person, access.child.id);
      if (!right.ok) return { status: 403, body: apiError('forbidden', right.reason) };
      const now = ctx.clock();
      const late = discussionTimeProblem(body.discussedAt, now);
      if (late)
        return {
          status: 400,
          body: apiError('bad-request', late, [{ path: 'body.discussedAt', message: late }]),
        };
      const recorded = await recordDiscussion(
        ctx.db,
        {
          staffId: access.person.staffId,
          homeId: access.person.homeId,
          deviceId: access.person.deviceId,
          childId: access.child.id,
          documentId: access.document.id,
        },
        body,
        now,
      );
      await auditFor(ctx, access.person)(
        'discussion-recorded',
        access.child.id,
        `document:${access.document.id} with ${body.consultedName} (${body.consultedRole})`,
      );
      return { status: 201, body: recorded };
    });

    addRoute(scope, listDiscussionsRoute, async ({ params }, request) => {
      const access = await childAccess(ctx, request, params.childId);
      if (!access.ok) return access.refusal;
      return {
        status: 200,
        body: { discussions: await discussionsOf(ctx.db, access.person.staffId, access.child.id) },
      };
    });

    addRoute(scope, getDownloadSettingsRoute, async (_input, request) => {
      const person = signedIn(request);
      return { status: 200, body: await downloadSettings(ctx.db, person.homeId) };
    });

    addRoute(scope, putDownloadSettingsRoute, async ({ body }, request) => {
      const person = signedIn(request);
      const audit = auditFor(ctx, person);
      if (!MANAGER_ROLES.has(person.role)) {
        await audit('access-refused', null, 'download-settings: not a manager');
        return { status: 403, body: apiError('forbidden', MANAGERS_ONLY) };
      }
      const before = (await downloadSettings(ctx.db, person.homeId)).sharedDriveFolder?.path ?? 'not set';
      const saved = await saveDownloadSettings(
        ctx.db,
        person.homeId,
        { staffId: person.staffId, name: person.profile.name },
        body,
        ctx.clock(),
      );
      await audit('download-settings-changed', null, `${saved.downloadRoles.join(',')} ${saved.pattern}`);
      // The folder in its own event, old → new, so neither is cut off by the other (issue 7 settings audit).
      const after = saved.sharedDriveFolder?.path ?? 'not set';
      if (after !== before)
        await audit('download-settings-changed', null, `shared-drive folder: ${before} → ${after}`);
      return { status: 200, body: saved };
    });
  });
}
