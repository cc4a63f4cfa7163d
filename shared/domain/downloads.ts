/**
 * Who may download which document (guidance 001 "Downloading documents from Mosaic"; DOMAIN.md
 * "Downloads"). Written once here; the gateway enforces it on every download and the app only
 * reflects it (showing "Download" or "Record a discussion with the social worker").
 *
 * - Who: a role setting of the home. By default the roles 001 gives upload access to (Registered
 *   Managers, Assistant Managers, Principal Residential Child Care Workers), and only with all 9
 *   training modules (001: module 8 is "Downloading documents and the shared drive"). Everyone
 *   else views documents in the app only.
 * - What: the seven permitted types of the catalogue; any other type only after a discussion with
 *   the allocated social worker was recorded for that person, child and document (001: "Other
 *   records should be discussed with the allocated social worker before being downloaded").
 * - Never a confidential document (002 §4.3), whatever was discussed.
 */
import { z } from 'zod';
import type { DocumentTypeId } from './catalogue.ts';
import { documentType } from './catalogue.ts';
import { ROLES, Role, UPLOAD_ROLES } from './roles.ts';
import { ALL_MODULES } from './training.ts';

/** 001: the roles given more than read-only access; a home may widen or narrow it. */
export const DEFAULT_DOWNLOAD_ROLES: readonly Role[] = ROLES.filter((r) => UPLOAD_ROLES.has(r));

/** The home's role setting: which roles may download (the rest view only). */
export const DownloadRoles = z
  .array(Role)
  .max(ROLES.length)
  .transform((roles) => ROLES.filter((r) => roles.includes(r)));
export type DownloadRoles = readonly Role[];

export interface Downloader {
  role: Role;
  /** Training modules completed (1 to 9). */
  completedModules: readonly number[];
}

export type DownloadRight = { ok: true } | { ok: false; reason: string };

/** Whether a person may download at all: their role is in the home's setting and all 9 modules are done. */
export function downloadRight(person: Downloader, roles: DownloadRoles): DownloadRight {
  if (!roles.includes(person.role)) {
    return {
      ok: false,
      reason:
        'Your role can view documents in Hearth but not download them. Ask a manager if you need a copy.',
    };
  }
  const done = new Set(person.completedModules);
  const missing = ALL_MODULES.filter((m) => !done.has(m));
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `To download documents, complete training module${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
    };
  }
  return { ok: true };
}

/** Why a download is or is not allowed for one document, once the person may download at all. */
export type DocumentDownloadRule =
  | { ok: true; basis: 'permitted-type' | 'discussed-with-social-worker' }
  | { ok: false; why: 'confidential' | 'needs-discussion'; reason: string };

export const NEEDS_DISCUSSION =
  'This is not one of the seven documents homes may download. Discuss it with the child’s allocated ' +
  'social worker first, record the discussion in Hearth, then download it.';

/**
 * The rule for one document. `confidential` is the row's own flag (set when recorded); the type's
 * flag counts too, as in `isDocumentVisibleToHomeStaff`: wrongly refusing is recoverable, wrongly
 * handing out a confidential document is not.
 */
export function documentDownloadRule(doc: {
  type: DocumentTypeId;
  confidential: boolean;
  discussionRecorded: boolean;
}): DocumentDownloadRule {
  const type = documentType(doc.type);
  if (doc.confidential || type.confidential) {
    return {
      ok: false,
      why: 'confidential',
      reason: 'Confidential documents are never shown to or downloaded by home staff.',
    };
  }
  if (type.permittedDownload) return { ok: true, basis: 'permitted-type' };
  if (doc.discussionRecorded) return { ok: true, basis: 'discussed-with-social-worker' };
  return { ok: false, why: 'needs-discussion', reason: NEEDS_DISCUSSION };
}

/** Whether the app should offer "Download" straight away or the discussion form first. */
export const needsDiscussion = (type: DocumentTypeId): boolean => !documentType(type).permittedDownload;

/**
 * What staff record about the discussion (001): who was consulted (the app proposes the allocated
 * worker), when, and why the home needs the document. Checked here so the app's form and the
 * gateway refuse the same things.
 */
export const DiscussionDetails = z.object({
  consultedName: z.string().trim().min(2, 'Enter who you discussed it with').max(120),
  /** e.g. "Allocated social worker" or "Team manager" when the worker was away. */
  consultedRole: z.string().trim().min(2, 'Enter their role').max(120),
  /** When the discussion took place (ISO 8601 with offset); never in the future. */
  discussedAt: z.iso.datetime({ offset: true }),
  reason: z
    .string()
    .trim()
    .min(10, 'Say why the home needs this document (at least 10 characters)')
    .max(1000),
});
export type DiscussionDetails = z.infer<typeof DiscussionDetails>;

/** A discussion may be recorded after it happened, never before: a minute's grace for clocks apart. */
export function discussionTimeProblem(discussedAt: string, now: Date): string | null {
  const at = Date.parse(discussedAt);
  if (Number.isNaN(at)) return 'Enter when the discussion took place.';
  if (at > now.getTime() + 60_000) return 'The discussion must already have taken place.';
  return null;
}
