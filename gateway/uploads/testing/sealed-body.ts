/**
 * A sealed upload body made in the test exactly as shared/api/sealed-upload.ts specifies (issue 4):
 * for each chunk i of n, a fresh 12-byte IV ‖ AES-256-GCM ciphertext with its 16-byte tag, additional
 * data the UTF-8 bytes of sealedChunkContext(outboxId, i, n), under a new random item key. Made with
 * node:crypto on its own, not with the gateway's opening code, so the test checks the gateway against
 * the format rather than against itself.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import {
  SEALED_CHUNK_PLAIN_BYTES,
  SEALED_IV_BYTES,
  SEALED_TAG_BYTES,
  sealedChunkContext,
  sealedChunkCount,
} from '../../../shared/api/sealed-upload.ts';
import type { UploadMetadata } from '../../../shared/api/uploads.ts';
import { metadataFor } from './tus-client.ts';

export interface SealedForUpload {
  body: Buffer;
  /** The item key as the create's metadata carries it: base64url of the 32 raw bytes. */
  itemKey: string;
}

export function sealForUpload(plain: Buffer, outboxId: string, key = randomBytes(32)): SealedForUpload {
  const count = sealedChunkCount(plain.length);
  const chunks: Buffer[] = [];
  for (let index = 0; index < count; index++) {
    const part = plain.subarray(index * SEALED_CHUNK_PLAIN_BYTES, (index + 1) * SEALED_CHUNK_PLAIN_BYTES);
    const iv = randomBytes(SEALED_IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: SEALED_TAG_BYTES });
    cipher.setAAD(new TextEncoder().encode(sealedChunkContext(outboxId, index, count)));
    chunks.push(iv, cipher.update(part), cipher.final(), cipher.getAuthTag());
  }
  return { body: Buffer.concat(chunks), itemKey: key.toString('base64url') };
}

/** An item for Leo Hartley with its sealed body: the key rides in the create, as the device sends it. */
export function sealedItem(plain: Buffer, overrides: Partial<UploadMetadata> = {}) {
  const meta = metadataFor(plain, 'child-leo-hartley', overrides);
  const sealed = sealForUpload(plain, meta.outboxId);
  return { body: sealed.body, itemKey: sealed.itemKey, meta: { ...meta, itemKey: sealed.itemKey } };
}
