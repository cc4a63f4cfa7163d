/**
 * Opening a sealed upload body (issue 4; bench sync.drain_vs_bare_tus; shared/api/sealed-upload.ts).
 * Devices send a queued document as the AES-256-GCM chunks they keep it in, so they never read and
 * re-encrypt it to send it (TLS still protects the wire). The gateway opens the body here, chunk by
 * chunk (about 1 MiB each, so a 50 MB scan never sits in memory whole), hashes the plain bytes and
 * writes them back into the same file, which finish.ts then checks and stores exactly like a plain
 * upload.
 *
 * In place, not into a second file: a new file beside the body cost the gateway a fresh page of
 * memory for every byte and the body's pages freed after, on every document (side by side in the
 * drain bench, 5 × 25 MiB went from about 1.2 s to 1.0 s). It is safe because chunk i's plain bytes
 * go to i × SEALED_CHUNK_PLAIN_BYTES, which ends before chunk i + 1's sealed bytes start: nothing is
 * overwritten before it has been read. finish.ts moves the body away from tus's name first, so no
 * device can resume (append to) a body cut to its plain length. A body opened only in part (damage
 * found, an error, or the gateway stopped midway) no longer opens: it is discarded, and the device
 * sends the item again from zero, as it does for any damage.
 *
 * Each chunk is authenticated on its own (its tag) and in its place (its additional data names the
 * outbox id, its index and the chunk count), so a flipped byte, a wrong key, chunks swapped, cut
 * off or added, or a body of the wrong length all fail to open: that is damage, and the caller
 * answers it as a checksum mismatch (the device sends again from zero). No plain byte of a chunk is
 * written or hashed before its tag has been checked.
 */
import { createDecipheriv, createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import {
  SEALED_CHUNK_PLAIN_BYTES,
  SEALED_IV_BYTES,
  SEALED_TAG_BYTES,
  plainSizeOf,
  sealedChunkAt,
  sealedChunkContext,
  sealedChunkCount,
} from '../../shared/api/sealed-upload.ts';
import { HEAD_BYTES } from '../../shared/domain/file-type.ts';

export type OpenedBody =
  /** `head`: the first HEAD_BYTES of the plain file (all of it if shorter), for its type (file-type.ts). */
  { ok: true; sha256: string; size: number; head: Uint8Array } | { ok: false; why: string };

export interface SealedBody {
  /** The received body, as tus wrote it: opened in place, so it holds the plain file after. */
  file: string;
  outboxId: string;
  /** The item's AES-256 key, base64url (outbox_uploads.item_key). */
  itemKey: string;
  /** The body's length as created (tus Upload-Length): the chunks are laid out by it. */
  sealedSize: number;
}

const KEY_BYTES = 32;

/**
 * Opens every chunk of `body.file` into the same file, which then holds the plain bytes, synced to
 * the disk. The SHA-256 and size are of the plain bytes. When it fails, the file may be opened in part.
 */
export async function openSealedBody(body: SealedBody): Promise<OpenedBody> {
  const key = Buffer.from(body.itemKey, 'base64url');
  if (key.length !== KEY_BYTES) return { ok: false, why: 'the item key is not an AES-256 key' };
  const file = await open(body.file, 'r+');
  try {
    const { size: received } = await file.stat();
    if (received !== body.sealedSize)
      return { ok: false, why: `the body is ${received} bytes, not ${body.sealedSize}` };
    const plainSize = plainSizeOf(body.sealedSize);
    if (plainSize === null) return { ok: false, why: `no file seals to ${body.sealedSize} bytes` };
    const count = sealedChunkCount(plainSize);
    const hash = createHash('sha256');
    let head = new Uint8Array(0);
    // One buffer for every chunk's sealed bytes, for the same reason as opening in place.
    const buffer = Buffer.allocUnsafe(sealedChunkAt(plainSize, 0).end - sealedChunkAt(plainSize, 0).start);
    for (let index = 0; index < count; index++) {
      const chunk = sealedChunkAt(plainSize, index);
      const sealed = buffer.subarray(0, chunk.end - chunk.start);
      const { bytesRead } = await file.read(sealed, 0, sealed.length, chunk.start);
      if (bytesRead !== sealed.length) return { ok: false, why: `chunk ${index} of ${count} is short` };
      const plain = openChunk(key, sealed, sealedChunkContext(body.outboxId, index, count));
      if (!plain) return { ok: false, why: `chunk ${index} of ${count} does not open` };
      hash.update(plain);
      if (index === 0) head = new Uint8Array(plain.subarray(0, HEAD_BYTES)); // a copy, not a view
      const { bytesWritten } = await file.write(plain, 0, plain.length, index * SEALED_CHUNK_PLAIN_BYTES);
      if (bytesWritten !== plain.length) throw new Error(`chunk ${index} of ${count} was written short`);
    }
    await file.truncate(plainSize);
    // It becomes the stored document (finish.ts links it): on the disk, at its plain length, before
    // the record says so (fdatasync carries a length change).
    await file.datasync();
    return { ok: true, sha256: hash.digest('hex'), size: plainSize, head };
  } finally {
    await file.close();
  }
}

/** One chunk: IV ‖ ciphertext ‖ tag, opened under `context`; null when it does not authenticate. */
function openChunk(key: Buffer, sealed: Buffer, context: string): Buffer | null {
  if (sealed.length < SEALED_IV_BYTES + SEALED_TAG_BYTES) return null;
  const iv = sealed.subarray(0, SEALED_IV_BYTES);
  const ciphertext = sealed.subarray(SEALED_IV_BYTES, sealed.length - SEALED_TAG_BYTES);
  const tag = sealed.subarray(sealed.length - SEALED_TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: SEALED_TAG_BYTES });
  // The device's TextEncoder bytes of the context: UTF-8.
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    const plain = decipher.update(ciphertext);
    // GCM's final() only checks the tag (it returns no bytes): no 1 MiB copy to join them.
    const rest = decipher.final();
    return rest.length === 0 ? plain : Buffer.concat([plain, rest]);
  } catch {
    return null;
  }
}
