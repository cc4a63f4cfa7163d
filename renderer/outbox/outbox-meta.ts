/**
 * What the person queueing a document says about it (issue 4 "The outbox"), checked before anything
 * is written: the fields the gateway needs in tus `Upload-Metadata` (shared/api/uploads.ts) and
 * who queued it. Only document types the home uploads (001 "Recording requirements") are accepted.
 */
import { z } from 'zod';
import { MAX_UPLOAD_BYTES, UploadMetadata } from '../../shared/api/uploads.ts';
import { documentType } from '../../shared/domain/catalogue.ts';

export const EnqueueMeta = UploadMetadata.pick({
  childId: true,
  documentType: true,
  title: true,
  completedOn: true,
  fileName: true,
  mimeType: true,
  authorName: true,
  authorRole: true,
  // 'hearth-form' for forms written in Hearth (no hard copy to mark); absent: a file ('file').
  origin: true,
  groupChildIds: true,
})
  .extend({ uploaderStaffId: z.string().min(1).max(100) })
  .refine((m) => documentType(m.documentType).uploadable, {
    path: ['documentType'],
    message: 'This type of document is not one the home uploads.',
  })
  .refine((m) => (m.authorName === undefined) === (m.authorRole === undefined), {
    path: ['authorRole'],
    message: '"On behalf of" needs both the author’s name and role.',
  })
  // A group document (issue 8) lists the child it was queued for first.
  .refine((m) => m.groupChildIds === undefined || m.groupChildIds.split(',')[0] === m.childId, {
    path: ['groupChildIds'],
    message: 'A group document lists the child it is queued for first.',
  });
export type EnqueueMeta = z.infer<typeof EnqueueMeta>;

/** What is sealed inside the item: the person's words and the file's hash, none of it readable on disk. */
export const SealedMeta = UploadMetadata.pick({
  childId: true,
  documentType: true,
  title: true,
  completedOn: true,
  fileName: true,
  mimeType: true,
  authorName: true,
  authorRole: true,
  origin: true,
  groupChildIds: true,
  sha256: true,
  // Issue 4: who queued it on which computer, and their proof (item-proof.ts); absent on items
  // queued before upload keys, or by a session that held none.
  uploaderStaffId: true,
  deviceId: true,
  proof: true,
}).extend({
  /** The item credential's MAC (shared/api/uploads.ts ItemCredential): lets any session, or none, carry it. */
  itemMac: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .optional(),
});
export type SealedMeta = z.infer<typeof SealedMeta>;

/** Why a file cannot be queued, in words for the person; null when it can. */
export function fileProblem(file: Pick<Blob, 'size'>): string | null {
  if (file.size === 0) return 'The file is empty. Choose the document again.';
  if (file.size > MAX_UPLOAD_BYTES) {
    return `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB. Make it smaller (for example, scan at a lower resolution) and try again.`;
  }
  return null;
}

/** Binds the sealed metadata to its item: a row's metadata copied onto another item does not open. */
export const metaContext = (outboxId: string): string => `hearth/outbox/v1/${outboxId}/meta`;
