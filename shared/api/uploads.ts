/**
 * Uploads (guidance 001 "Recording requirements"; DOMAIN.md "Uploads"). A document travels from the
 * device's outbox to the gateway by tus (resumable), one tus upload per outbox item:
 *
 * - tus endpoint: `POST {API_PREFIX}/uploads` creates, `HEAD`/`PATCH {API_PREFIX}/uploads/{uploadId}`
 *   resume and send; every request carries `Authorization: Bearer {accessToken}`.
 * - `Upload-Metadata` carries the fields of UploadMetadata (tus base64 values), checked on create
 *   against the catalogue and the uploader's rights.
 * - Exactly once: the outbox id is the dedupe key. Before creating, the device asks for the item's
 *   status; a document is stored at most once per outbox id (a unique constraint), even when the
 *   final acknowledgement was lost and the device sends again.
 * - On finish the gateway checks the SHA-256 and the file type by its magic bytes, stores the
 *   document with its attribution and queues the social worker's notification in one transaction.
 */
import { z } from 'zod';
import { DocumentTypeId } from '../domain/catalogue.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

export const UPLOADS_PATH = '/api/v1/uploads';

/** 50 MB: a large scan; the app refuses bigger files before queueing them. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * The tus answers that mean something for the outbox (besides 401 not signed in, 403 no upload
 * access, 404 no such child or upload, 409 the item already exists at the gateway: ask its status):
 * - 460 (the tus checksum extension's "Checksum Mismatch"): the bytes that arrived do not have the
 *   declared SHA-256; the gateway has discarded them and the item must be sent again from zero;
 * - 415: the file is not a PDF, DOCX, JPEG or PNG by its bytes; refused for good, the body's
 *   `message` (an ApiError) says why in words for the person who queued it.
 */
export const CHECKSUM_MISMATCH_STATUS = 460;
export const TYPE_REFUSED_STATUS = 415;

export const ACCEPTED_UPLOAD_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document (DOCX)',
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
} as const;
export const UploadMimeType = z.enum(
  Object.keys(ACCEPTED_UPLOAD_TYPES) as [
    keyof typeof ACCEPTED_UPLOAD_TYPES,
    ...(keyof typeof ACCEPTED_UPLOAD_TYPES)[],
  ],
);

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 as 64 lower-case hex digits');
/** An HMAC-SHA256 (32 bytes) as unpadded base64url. */
const Base64Url = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'an HMAC-SHA256 as base64url');

/** What the device sends in tus `Upload-Metadata` (all values are strings on the wire). */
export const UploadMetadata = z.object({
  outboxId: z.uuid(),
  childId: z.string().min(1).max(100),
  documentType: DocumentTypeId,
  /** By the naming standard (004): `{child} - {description} - {dd/mm/yyyy}`. */
  title: z.string().min(1).max(250),
  completedOn: z.iso.date(),
  sha256: Sha256Hex,
  fileName: z.string().min(1).max(255),
  mimeType: UploadMimeType,
  /** When someone else wrote the document (000: "Uploaded by X, role, on behalf of Y, role"). */
  authorName: z.string().max(120).optional(),
  authorRole: z.string().max(120).optional(),
  queuedAt: z.iso.datetime(),
  /**
   * Where the document came from (001 hard copies): 'file', a document staff already had (often on
   * paper, so its hard copy must be marked once received); 'hearth-form', a form written in Hearth,
   * which has no hard copy to mark. Absent means 'file' (items queued before this field existed).
   */
  origin: z.enum(['file', 'hearth-form']).optional(),
  /**
   * A group document (004; issue 8): the ids of the sibling group members it is for, comma-separated
   * (tus metadata values are strings), `childId` first. The gateway files one document on each
   * listed member's record, exactly once each. Absent for a document about one child.
   */
  groupChildIds: z
    .string()
    .max(1000)
    .regex(/^[^,\s]+(,[^,\s]+)+$/, 'two or more child ids separated by commas')
    .optional(),
  /**
   * Who queued the item and on which computer, with their proof (issue 4: the engine sends whoever is
   * signed in, or nobody; items keep their uploader). `proof` is an HMAC-SHA256, base64url, under the
   * upload key the gateway gave that person on that computer, over uploadProofText(): the gateway
   * files the document in the uploader's name only when it checks out (000: no "act for").
   * Absent on items queued before this existed: those go only in their uploader's own session.
   */
  uploaderStaffId: z.string().min(1).max(100).optional(),
  deviceId: z.uuid().optional(),
  proof: Base64Url.optional(),
  /**
   * The item's own AES-256 key, base64url, when the body is sealed (sealed-upload.ts): the gateway
   * opens the chunks with it. Kept apart from the stored metadata and forgotten once the document
   * is on the record. Absent: the body is the plain file (items queued before sealed bodies).
   */
  itemKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'an AES-256 key as base64url')
    .optional(),
});
export type UploadMetadata = z.infer<typeof UploadMetadata>;

/**
 * The text an item's `proof` is made over: every other field but the item key, in one fixed order,
 * as JSON. The key is left out: it is made for sending, and a changed key only makes the body fail
 * to open, which the gateway treats as damage.
 */
export function uploadProofText(meta: UploadMetadata): string {
  const fields = Object.entries(meta)
    .filter(([name, value]) => name !== 'proof' && name !== 'itemKey' && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `hearth-upload/v1\n${JSON.stringify(fields)}`;
}

/**
 * The header that lets a device carry a queued item with nobody signed in:
 * `Authorization: HearthItem {token}`, the token base64url JSON of ItemCredential. `mac` is an
 * HMAC-SHA256 under the uploader's upload key over itemCredentialText(outboxId): it opens that one
 * item's upload and status, nothing else.
 */
export const ITEM_AUTH_SCHEME = 'HearthItem';
export const ItemCredential = z.object({
  staffId: z.string().min(1).max(100),
  deviceId: z.uuid(),
  outboxId: z.uuid(),
  mac: Base64Url,
});
export type ItemCredential = z.infer<typeof ItemCredential>;
export const itemCredentialText = (outboxId: string): string => `hearth-item/v1\n${outboxId}`;

export type UploadOrigin = NonNullable<UploadMetadata['origin']>;

/** The origin of an upload, absent meaning a file staff already had ('file'). */
export const originOf = (meta: Pick<UploadMetadata, 'origin'>): UploadOrigin => meta.origin ?? 'file';

/** The children an item is filed for: the group members when given, otherwise the one child. */
export const uploadChildIds = (meta: Pick<UploadMetadata, 'childId' | 'groupChildIds'>): string[] =>
  meta.groupChildIds === undefined ? [meta.childId] : meta.groupChildIds.split(',');

export const NotificationState = z.enum(['pending', 'sent', 'retrying']);

export const UploadNotification = z.object({
  state: NotificationState,
  recipientKind: z.enum(['social-worker', 'duty-inbox']),
  recipientName: z.string(),
  attempts: z.number().int().nonnegative(),
  sentAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
});
export type UploadNotification = z.infer<typeof UploadNotification>;

export const UploadStatus = z.discriminatedUnion('state', [
  /** The gateway has never heard of this outbox id: create the upload. */
  z.object({ state: z.literal('unknown'), outboxId: z.uuid() }),
  /** Bytes are arriving: resume at `offset` on `uploadUrl`. */
  z.object({
    state: z.literal('receiving'),
    outboxId: z.uuid(),
    uploadUrl: z.string(),
    offset: z.number().int().nonnegative(),
    length: z.number().int().nonnegative(),
  }),
  /** Stored on the child's record: never send it again. */
  z.object({
    state: z.literal('received'),
    outboxId: z.uuid(),
    documentId: z.string(),
    recordedAt: z.iso.datetime(),
    sha256: Sha256Hex,
    notification: UploadNotification,
  }),
  /** Refused for good (e.g. not a PDF, DOCX, JPEG or PNG); `reason` is for the person who queued it. */
  z.object({ state: z.literal('rejected'), outboxId: z.uuid(), reason: z.string() }),
]);
export type UploadStatus = z.infer<typeof UploadStatus>;

/**
 * On the 204 that answers the last PATCH: the item's `received` UploadStatus as URI-encoded JSON.
 * The 204 comes only after the document is on the record, so the device settles the item from it
 * and need not ask GET {outboxId} again (bench sync.drain_vs_bare_tus). An answer without it (lost,
 * or a resume that found the upload complete) is settled by asking, as before.
 */
export const UPLOAD_STATUS_HEADER = 'hearth-upload-status';

export const uploadStatusRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/outbox/{outboxId}',
  operationId: 'getUploadStatus',
  summary: 'Where an outbox item stands at the gateway (asked before creating, and after a lost answer)',
  tags: ['uploads'],
  params: z.object({ outboxId: z.uuid() }),
  responses: {
    200: {
      description: 'The item’s state (`unknown` for an item of another home: it does not exist for you).',
      schema: UploadStatus,
    },
    401: { description: 'Not signed in.', schema: ApiError },
    404: { description: 'An item credential (HearthItem) for another item.', schema: ApiError },
  },
});
