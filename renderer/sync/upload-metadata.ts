/**
 * The tus `Upload-Metadata` for an item (shared/api/uploads.ts UploadMetadata), checked against the
 * contract before it leaves: a field the gateway would refuse is caught here, with the item kept.
 */
import { UploadMetadata } from '../../shared/api/uploads.ts';
import type { SealedMeta } from '../outbox/outbox-meta.ts';

export function uploadMetadata(
  outboxId: string,
  queuedAt: string,
  meta: SealedMeta,
  /** The item's own key, when its body is sealed (shared/api/sealed-upload.ts). */
  itemKey?: string,
): Record<string, string> | null {
  const parsed = UploadMetadata.safeParse({ ...meta, outboxId, queuedAt, itemKey });
  if (!parsed.success) return null;
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed.data)) {
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}
