/**
 * How a queued document's bytes are kept on this device (003: what a device keeps is encrypted):
 * cut into 1 MiB chunks, each sealed with AES-GCM with a fresh random IV: under the item's own key
 * (item-key.ts), so the chunks can be sent as they are kept (shared/api/sealed-upload.ts), or,
 * for items queued before that, under the device key.
 * The additional data names the item, the chunk's place and how many chunks there are, so a chunk
 * moved to another item, swapped with its neighbour, or a file cut short never opens: GCM checks
 * its tag before it gives a byte back. Pure WebCrypto: the worker, the sync engine and the unit
 * tests (Node has WebCrypto) run the same code.
 */
import { SEALED_CHUNK_PLAIN_BYTES, sealedChunkContext } from '../../shared/api/sealed-upload.ts';

export const CHUNK_BYTES = SEALED_CHUNK_PLAIN_BYTES;
const IV_BYTES = 12;
const encoder = new TextEncoder();

export interface EncryptedChunk {
  index: number;
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

export interface EncryptedFile {
  /** SHA-256 of the plain bytes, as 64 lower-case hex digits (the gateway checks it on finish). */
  sha256: string;
  size: number;
  chunks: EncryptedChunk[];
}

export const chunkCountFor = (size: number, chunkBytes = CHUNK_BYTES): number =>
  Math.max(1, Math.ceil(size / chunkBytes));

/** `count` is bound too: without it, dropping the last chunks would leave a shorter file that opens. */
export const chunkContext = (outboxId: string, index: number, count: number): Uint8Array<ArrayBuffer> =>
  encoder.encode(sealedChunkContext(outboxId, index, count));

export async function encryptChunk(
  key: CryptoKey,
  outboxId: string,
  index: number,
  count: number,
  plain: Uint8Array<ArrayBuffer>,
): Promise<EncryptedChunk> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const additionalData = chunkContext(outboxId, index, count);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plain);
  return { index, iv, data: new Uint8Array(data) };
}

/** The plain bytes, or null when the key is wrong, a byte changed, or the chunk is not this one. */
export async function decryptChunk(
  key: CryptoKey,
  outboxId: string,
  count: number,
  chunk: { index: number; iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> },
): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const additionalData = chunkContext(outboxId, chunk.index, count);
    const params = { name: 'AES-GCM', iv: chunk.iv, additionalData };
    return new Uint8Array(await crypto.subtle.decrypt(params, key, chunk.data));
  } catch {
    return null;
  }
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hashes and seals a whole file (the worker calls this, off the main thread). */
export async function encryptFile(
  key: CryptoKey,
  outboxId: string,
  bytes: Uint8Array<ArrayBuffer>,
  chunkBytes = CHUNK_BYTES,
): Promise<EncryptedFile> {
  const sha256 = await sha256Hex(bytes);
  const count = chunkCountFor(bytes.byteLength, chunkBytes);
  const chunks: EncryptedChunk[] = [];
  for (let index = 0; index < count; index += 1) {
    const plain = bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes);
    chunks.push(await encryptChunk(key, outboxId, index, count, plain));
  }
  return { sha256, size: bytes.byteLength, chunks };
}
