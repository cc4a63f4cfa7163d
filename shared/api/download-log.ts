/**
 * The download log, whole (issue 6: "The download, its file name and the SHA-256 of what was saved
 * are audited"; guidance 001: everything is "digitally logged against each staff member's account
 * history and can be reviewed by management"). The audit event keeps 200 characters, which can cut
 * off a long path; this log keeps every name in full:
 * - the device reports, once, where it saved a download (the full path, e.g. "… (2).pdf" when the
 *   name was taken) and the SHA-256 of the bytes it wrote, which must be the bytes the gateway sent;
 * - the home's managers read the log beside the audit, newest first.
 */
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'a SHA-256 is 64 lower-case hex digits' });

/** No control characters: the path is shown to managers and exported as it is. */
const SavedPath = z
  .string()
  .min(1)
  .max(2000)
  // eslint-disable-next-line no-control-regex
  .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), { message: 'must not contain control characters' });

export const DownloadSaved = z.object({
  /** Where the file was written, as staff would look for it (a browser: the file name offered). */
  savedAs: SavedPath,
  sha256: Sha256,
});
export type DownloadSaved = z.infer<typeof DownloadSaved>;

export const DOWNLOAD_NOT_FOUND = 'There is no download of yours with this id.';
export const ALREADY_SAVED = 'Where this download was saved is already recorded.';
export const NOT_WHAT_WAS_SENT =
  'The file saved is not the file the gateway sent (its SHA-256 differs): it was not recorded.';

export const recordDownloadSavedRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/downloads/{downloadId}/saved',
  operationId: 'recordDownloadSaved',
  summary: 'Record where the device saved a download, and the SHA-256 of what it wrote (once)',
  tags: ['downloads'],
  params: z.object({ downloadId: z.string().min(1).max(100) }),
  body: DownloadSaved,
  responses: {
    204: { description: 'Recorded.' },
    400: { description: 'A field is wrong, or the bytes saved are not the bytes sent.', schema: ApiError },
    401: { description: 'Not signed in.', schema: ApiError },
    404: { description: 'No download of yours with this id.', schema: ApiError },
    409: { description: 'Already recorded.', schema: ApiError },
  },
});

export const DownloadLogRow = z.object({
  id: z.string(),
  /** When the gateway answered the download (ISO). */
  at: z.iso.datetime(),
  person: z.object({ name: z.string(), role: z.string() }),
  child: z.object({ id: z.string(), name: z.string() }),
  documentTitle: z.string(),
  basis: z.enum(['permitted-type', 'discussed-with-social-worker']),
  /** The name the home's pattern gave, and the SHA-256 of the bytes sent. */
  fileName: z.string(),
  sha256: z.string(),
  /** Where the device saved it and the SHA-256 of what it wrote; null until it reported. */
  saved: z.object({ as: z.string(), sha256: z.string(), at: z.iso.datetime() }).nullable(),
});
export type DownloadLogRow = z.infer<typeof DownloadLogRow>;

export const DOWNLOAD_LOG_MAX = 200;

export const DownloadLog = z.object({ downloads: z.array(DownloadLogRow).max(DOWNLOAD_LOG_MAX) });
export type DownloadLog = z.infer<typeof DownloadLog>;

export const downloadLogRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/audit/downloads',
  operationId: 'getDownloadLog',
  summary: 'The home’s downloads, newest first, with full file names and hashes (managers only)',
  tags: ['audit'],
  query: z.object({ limit: z.coerce.number().int().min(1).max(DOWNLOAD_LOG_MAX).default(50) }),
  responses: {
    200: { description: 'The newest downloads of the home.', schema: DownloadLog },
    401: { description: 'Not signed in.', schema: ApiError },
    403: { description: 'Not a Registered Manager or Assistant Manager of a home.', schema: ApiError },
  },
});
