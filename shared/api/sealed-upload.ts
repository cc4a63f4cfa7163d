/**
 * The sealed upload body (issue 4; bench sync.drain_vs_bare_tus). A device keeps a queued document
 * as 1 MiB chunks, each sealed with AES-GCM under a key of that item's own, with a fresh IV. It
 * sends the chunks as they are kept, without reading or opening them, and gives the gateway the
 * item's key in the create (metadata `itemKey`, over TLS; the gateway keeps it only until the
 * document is on the record). The gateway opens each chunk, hashes the plain bytes and checks them
 * against the declared SHA-256: a chunk that does not open is damage, answered like a checksum
 * mismatch (the device sends again from zero).
 *
 * Body: for each chunk i of n, in order: IV (12 bytes) ‖ AES-GCM ciphertext with its 16-byte tag,
 * additional data sealedChunkContext(outboxId, i, n). Every chunk holds SEALED_CHUNK_PLAIN_BYTES
 * plain bytes but the last, which holds the rest (at least 1, or 0 for an empty file's one chunk).
 * Reading chunks whole is safe for memory: each is about 1 MiB.
 */
export const SEALED_CHUNK_PLAIN_BYTES = 1024 * 1024;
export const SEALED_IV_BYTES = 12;
export const SEALED_TAG_BYTES = 16;
/** Bytes a chunk adds to its plain bytes. */
export const SEALED_CHUNK_OVERHEAD = SEALED_IV_BYTES + SEALED_TAG_BYTES;

export const sealedChunkCount = (plainSize: number): number =>
  Math.max(1, Math.ceil(plainSize / SEALED_CHUNK_PLAIN_BYTES));

/** The body's length for a plain file of `plainSize` bytes (tus Upload-Length). */
export const sealedSizeOf = (plainSize: number): number =>
  plainSize + sealedChunkCount(plainSize) * SEALED_CHUNK_OVERHEAD;

/** The plain size of a body of `sealedSize` bytes; null when no plain size seals to it. */
export function plainSizeOf(sealedSize: number): number | null {
  if (!Number.isSafeInteger(sealedSize) || sealedSize < SEALED_CHUNK_OVERHEAD) return null;
  const count = Math.ceil(sealedSize / (SEALED_CHUNK_PLAIN_BYTES + SEALED_CHUNK_OVERHEAD));
  const plain = sealedSize - count * SEALED_CHUNK_OVERHEAD;
  return plain >= 0 && sealedSizeOf(plain) === sealedSize ? plain : null;
}

/** Chunk `index` (from 0) of a body with `count` chunks: where its sealed bytes start and end, and its plain length. */
export function sealedChunkAt(
  plainSize: number,
  index: number,
): { start: number; end: number; plain: number } {
  const count = sealedChunkCount(plainSize);
  const plain =
    index < count - 1 ? SEALED_CHUNK_PLAIN_BYTES : plainSize - (count - 1) * SEALED_CHUNK_PLAIN_BYTES;
  const start = index * (SEALED_CHUNK_PLAIN_BYTES + SEALED_CHUNK_OVERHEAD);
  return { start, end: start + plain + SEALED_CHUNK_OVERHEAD, plain };
}

/**
 * The additional data of chunk `index` of `count`. `count` is bound too: without it, dropping the
 * last chunks would leave a shorter file that opens. (The same text as the device's own v1 chunks,
 * which were sealed under the device key; an item key never opens those, nor they it.)
 */
export const sealedChunkContext = (outboxId: string, index: number, count: number): string =>
  `hearth/outbox/v1/${outboxId}/chunk/${index}/of/${count}`;
