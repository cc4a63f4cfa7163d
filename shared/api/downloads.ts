/**
 * Viewing and downloading a child's documents (guidance 001 "Downloading documents from Mosaic";
 * DOMAIN.md "Downloads"; rules in shared/domain/downloads.ts).
 *
 * - View: the document's own bytes for the in-app read-only viewer; any reader of the record, each
 *   view audited.
 * - Download: the gateway stamps every page (shared/pdf/download-stamp.ts) and names the file by
 *   the home's pattern (shared/domain/file-name-pattern.ts) before answering, so neither the stamp
 *   nor the rules can be bypassed by a client. The answer's headers carry the file name and the
 *   SHA-256 of exactly the bytes sent; both are audited.
 * - A discussion with the allocated social worker is recorded before a non-permitted type.
 *
 * In order each route answers: 401 not signed in; 403 `training-incomplete` (no read access);
 * 404 for a child not placed in the home exactly as for an unknown one, and for a document not on
 * that child's record or confidential (it does not exist for home staff, 002 §4.3); 403 `restricted`
 * for a restricted child; then 403 `forbidden` when the person may not download (role setting or
 * training) or the type needs a recorded discussion.
 */
import { z } from 'zod';
import { DiscussionDetails, DownloadRoles } from '../domain/downloads.ts';
import { FileNamePattern } from '../domain/file-name-pattern.ts';
import { ROLES } from '../domain/roles.ts';
import { SharedDriveFolderPath } from '../domain/shared-drive-folder.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

/** The download's headers (exposed to the app through CORS). */
export const FILE_NAME_HEADER = 'x-hearth-file-name';
export const SHA256_HEADER = 'x-hearth-sha256';
/** The download's id in the gateway's log, for the device to report where it saved it (download-log.ts). */
export const DOWNLOAD_ID_HEADER = 'x-hearth-download-id';
export const DOWNLOAD_HEADERS = [
  FILE_NAME_HEADER,
  SHA256_HEADER,
  DOWNLOAD_ID_HEADER,
  'content-disposition',
] as const;

const DocumentParams = z.object({
  childId: z.string().min(1).max(100),
  documentId: z.string().min(1).max(100),
});
const ChildParams = z.object({ childId: z.string().min(1).max(100) });

const errors = {
  401: { description: 'Not signed in.', schema: ApiError },
  403: {
    description:
      'Training incomplete, a restricted record, a role that views only, or a type that needs a recorded discussion: the message says which.',
    schema: ApiError,
  },
  404: {
    description: 'No such child in your home, or no such document on their record (the same for both).',
    schema: ApiError,
  },
} as const;

export const viewDocumentRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/children/{childId}/documents/{documentId}/content',
  operationId: 'viewDocument',
  summary: 'A document’s bytes for the read-only viewer (audited as a view)',
  description:
    'With `purpose=offline-copy` the app is keeping the newest permitted documents encrypted for reading offline: audited as `offline-copy`, not as a view, because nobody has read it yet.',
  tags: ['downloads'],
  params: DocumentParams,
  query: z.object({ purpose: z.enum(['view', 'offline-copy']).optional() }),
  responses: {
    200: { description: 'The document as stored (its own content type).' },
    ...errors,
  },
});

export const downloadDocumentRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/children/{childId}/documents/{documentId}/download',
  operationId: 'downloadDocument',
  summary: 'A stamped PDF to save on the home’s shared drive, named by the home’s pattern (audited)',
  description: `The body is \`application/pdf\`; \`${FILE_NAME_HEADER}\` holds the percent-encoded relative path to save it under and \`${SHA256_HEADER}\` the SHA-256 of the body.`,
  tags: ['downloads'],
  params: DocumentParams,
  responses: {
    200: { description: 'The stamped PDF.' },
    ...errors,
    415: {
      description: 'The document cannot carry the download stamp (not a PDF, JPEG or PNG).',
      schema: ApiError,
    },
  },
});

export const RecordedDiscussion = z.object({
  id: z.string(),
  documentId: z.string(),
  consultedName: z.string(),
  consultedRole: z.string(),
  discussedAt: z.iso.datetime({ offset: true }),
  reason: z.string(),
  recordedAt: z.iso.datetime(),
});
export type RecordedDiscussion = z.infer<typeof RecordedDiscussion>;

export const DiscussionList = z.object({ discussions: z.array(RecordedDiscussion) });
export type DiscussionList = z.infer<typeof DiscussionList>;

export const recordDiscussionRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/children/{childId}/documents/{documentId}/discussions',
  operationId: 'recordDiscussion',
  summary: 'Record a discussion with the social worker about downloading a document (001)',
  tags: ['downloads'],
  params: DocumentParams,
  body: DiscussionDetails,
  responses: {
    201: { description: 'Recorded; the document may now be downloaded by you.', schema: RecordedDiscussion },
    400: { description: 'A field is missing or wrong (e.g. a time in the future).', schema: ApiError },
    ...errors,
  },
});

export const listDiscussionsRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/children/{childId}/discussions',
  operationId: 'listDiscussions',
  summary: 'The discussions you recorded about this child’s documents',
  tags: ['downloads'],
  params: ChildParams,
  responses: { 200: { description: 'Your discussions.', schema: DiscussionList }, ...errors },
});

/**
 * The home's shared-drive folder (issue 6: "The home sets, once, the shared-drive folder"), with who
 * set it and when. The desktop app saves into it unless IT set a folder for that computer.
 */
export const HomeSharedDriveFolder = z.object({
  path: z.string(),
  setBy: z.string(),
  setAt: z.iso.datetime(),
});
export type HomeSharedDriveFolder = z.infer<typeof HomeSharedDriveFolder>;

export const DownloadSettings = z.object({
  pattern: FileNamePattern,
  downloadRoles: DownloadRoles,
  /** Null until a manager sets it. */
  sharedDriveFolder: HomeSharedDriveFolder.nullable(),
  /** Who last changed them and when; null while the defaults apply. */
  updatedBy: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type DownloadSettings = z.infer<typeof DownloadSettings>;

export const DownloadSettingsChange = z.object({
  pattern: FileNamePattern,
  downloadRoles: z.array(z.enum(ROLES)).max(ROLES.length),
  /** A full Windows or POSIX path; null takes the folder away; absent leaves it as it is. */
  sharedDriveFolder: SharedDriveFolderPath.nullable().optional(),
});
export type DownloadSettingsChange = z.infer<typeof DownloadSettingsChange>;

export const getDownloadSettingsRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/home/download-settings',
  operationId: 'getDownloadSettings',
  summary: 'Your home’s shared-drive folder, file-name pattern and the roles that may download',
  tags: ['downloads'],
  responses: {
    200: { description: 'The settings (the defaults until a manager sets them).', schema: DownloadSettings },
    401: errors[401],
  },
});

export const putDownloadSettingsRoute = defineRoute({
  method: 'PUT',
  path: '/api/v1/home/download-settings',
  operationId: 'putDownloadSettings',
  summary:
    'Set the home’s shared-drive folder, file-name pattern and download roles (managers of the home only)',
  tags: ['downloads'],
  body: DownloadSettingsChange,
  responses: {
    200: { description: 'Saved.', schema: DownloadSettings },
    400: { description: 'The pattern or the folder is not valid: the message says why.', schema: ApiError },
    401: errors[401],
    403: { description: 'Only the home’s managers change these settings.', schema: ApiError },
  },
});
