/**
 * A download, once the child and document are reachable (access.ts): may this person download at
 * all (the home's role setting and full training, 001), may they download this document (a
 * permitted type, or a discussion they recorded; never confidential), then the stamped PDF, its
 * file name by the home's pattern, and the SHA-256 of exactly the bytes sent, logged in the
 * download log and the audit in one transaction before the answer leaves (001: every download is
 * logged against the person).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DOWNLOAD_ID_HEADER, FILE_NAME_HEADER, SHA256_HEADER } from '../../shared/api/downloads.ts';
import { englandDate } from '../../shared/domain/access.ts';
import { documentDownloadRule, downloadRight, needsDiscussion } from '../../shared/domain/downloads.ts';
import {
  DEFAULT_FILE_NAME_PATTERN,
  renderPattern,
  type PatternValues,
} from '../../shared/domain/file-name-pattern.ts';
import { stampDownload } from '../../shared/pdf/download-stamp.ts';
import { recordGatewayEvent } from '../audit/record.ts';
import type { SignedInPerson } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { sha256Of, type FileStore } from '../files/store.ts';
import { apiError } from '../http/errors.ts';
import type { FileAnswer } from './binary-route.ts';
import { auditFor, type DocumentAccess } from './access.ts';
import { discussionFor } from './discussions.ts';
import { downloadSettings } from './settings.ts';

export async function completedModules(db: Kysely<Database>, staffId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('staff_training')
    .select('module_id')
    .where('staff_id', '=', staffId)
    .execute();
  return rows.map((r) => r.module_id);
}

/** The person's right to download at all, or the 403 to answer (audited). */
export async function downloaderCheck(ctx: GatewayContext, person: SignedInPerson, childId: string) {
  const settings = await downloadSettings(ctx.db, person.homeId);
  const right = downloadRight(
    { role: person.role, completedModules: await completedModules(ctx.db, person.staffId) },
    settings.downloadRoles,
  );
  if (!right.ok) await auditFor(ctx, person)('access-refused', childId, `download: ${right.reason}`);
  return { settings, right };
}

/** `Leo Hartley - Care Plan.pdf` for a browser's Content-Disposition, with a plain-ASCII fallback. */
function contentDisposition(fileName: string): string {
  const base = fileName.split('/').pop() ?? 'document.pdf';
  const ascii = base.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(base)}`;
}

export async function downloadAnswer(
  ctx: GatewayContext,
  files: FileStore,
  access: Extract<DocumentAccess, { ok: true }>,
): Promise<FileAnswer> {
  const { person, child, document } = access;
  const audit = auditFor(ctx, person);
  const { settings, right } = await downloaderCheck(ctx, person, child.id);
  if (!right.ok) return { status: 403, body: apiError('forbidden', right.reason) };

  const discussion = needsDiscussion(document.type)
    ? await discussionFor(ctx.db, { staffId: person.staffId, childId: child.id, documentId: document.id })
    : undefined;
  const rule = documentDownloadRule({
    type: document.type,
    confidential: document.confidential,
    discussionRecorded: discussion !== undefined,
  });
  if (!rule.ok) {
    await audit('access-refused', child.id, `download ${rule.why}: ${document.id}`);
    return { status: 403, body: apiError('forbidden', rule.reason) };
  }

  const now = ctx.clock();
  const stamped = await stampDownload(await files.read(document.sha256), document.mimeType, {
    downloadedBy: person.profile.name,
    downloadedAt: now,
    mosaicNumber: child.mosaicId,
  });
  if (!stamped.ok) {
    await audit('access-refused', child.id, `download cannot-stamp: ${document.id}`);
    return { status: 415, body: apiError('bad-request', stamped.message) };
  }
  const values: PatternValues = {
    surname: child.lastName,
    firstName: child.firstName,
    mosaicNumber: child.mosaicId,
    documentType: document.typeLabel,
    dateCompleted: document.completedOn,
    title: document.title,
    dateDownloaded: englandDate(now),
  };
  // The stored pattern was checked when set and again when read; the default is the last resort.
  const named = renderPattern(settings.pattern, values);
  const fallback = renderPattern(DEFAULT_FILE_NAME_PATTERN, values);
  const fileName = named.ok ? named.value : fallback.ok ? fallback.value : `${child.mosaicId} document.pdf`;
  const sha256 = sha256Of(stamped.value);
  const downloadId = randomUUID();

  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('downloads')
      .values({
        id: downloadId,
        staff_id: person.staffId,
        home_id: person.homeId,
        device_id: person.deviceId,
        child_id: child.id,
        document_id: document.id,
        file_name: fileName,
        sha256,
        size: stamped.value.byteLength,
        basis: rule.basis,
        discussion_id: discussion?.id ?? null,
        downloaded_at: now.toISOString(),
        saved_as: null,
        saved_sha256: null,
        saved_at: null,
      })
      .execute();
    await recordGatewayEvent(
      trx,
      {
        staffId: person.staffId,
        homeId: person.homeId,
        deviceId: person.deviceId,
        action: 'download',
        childId: child.id,
        // The audit keeps 200 characters: the hash first, so it always survives; the full name is in
        // `downloads`, with what the device saved (download-log.ts), shown whole on the audit screen.
        detail: `sha256:${sha256} document:${document.id} file:${fileName}`,
      },
      now,
    );
  });

  return {
    status: 200,
    bytes: stamped.value,
    contentType: 'application/pdf',
    headers: {
      [FILE_NAME_HEADER]: encodeURIComponent(fileName),
      [SHA256_HEADER]: sha256,
      [DOWNLOAD_ID_HEADER]: downloadId,
      'content-disposition': contentDisposition(fileName),
    },
  };
}
