// DOMAIN.md "Data protection" (003): what a device keeps is encrypted and protected against
// unauthorised access or damage. A queued document is kept as AES-GCM chunks; these tests prove
// the chunks give back exactly the file, and that any change, swap or cut is refused.
import { describe, expect, it } from 'vitest';
import { chunkCountFor, decryptChunk, encryptFile, sha256Hex, type EncryptedChunk } from './chunk-crypto.ts';

const OUTBOX_ID = '5b0b8f5e-8d4e-4a8a-9d61-2f7f0d1e6c11';
const OTHER_ID = '0c9d1f52-3a51-4b0e-8f7c-9a0e51f4d2aa';
const SMALL_CHUNK = 1_000; // small chunks keep the tests fast; the code is the same for 1 MiB

const aesKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

function fileOf(size: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) % 251);
}

async function openAll(key: CryptoKey, id: string, chunks: EncryptedChunk[], count = chunks.length) {
  const parts = await Promise.all(chunks.map((c) => decryptChunk(key, id, count, c)));
  if (parts.some((p) => p === null)) return null;
  return new Uint8Array(parts.flatMap((p) => Array.from(p ?? [])));
}

const containsRun = (haystack: Uint8Array, needle: Uint8Array) =>
  haystack.some((_, i) => needle.every((b, j) => haystack[i + j] === b));

describe('outbox chunk encryption', () => {
  it('gives back exactly the file, with its SHA-256 (the gateway checks it on finish)', async () => {
    const key = await aesKey();
    const file = fileOf(3_500);
    const sealed = await encryptFile(key, OUTBOX_ID, file, SMALL_CHUNK);
    expect(sealed.size).toBe(3_500);
    expect(sealed.chunks.map((c) => c.index)).toEqual([0, 1, 2, 3]);
    expect(await openAll(key, OUTBOX_ID, sealed.chunks)).toEqual(file);
    expect(sealed.sha256).toBe(await sha256Hex(file));
  });

  it('hashes with SHA-256 as 64 lower-case hex digits (FIPS 180-2 test vector "abc")', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('stores no plain bytes, and never reuses an IV', async () => {
    const key = await aesKey();
    const file = fileOf(4_000);
    const sealed = await encryptFile(key, OUTBOX_ID, file, SMALL_CHUNK);
    for (const chunk of sealed.chunks) expect(containsRun(chunk.data, file.subarray(0, 16))).toBe(false);
    const ivs = new Set(sealed.chunks.map((c) => Array.from(c.iv).join(',')));
    expect(ivs.size).toBe(sealed.chunks.length);
    // The same file sealed again looks different: nothing on disk says two items are the same.
    const again = await encryptFile(key, OUTBOX_ID, file, SMALL_CHUNK);
    expect(again.chunks[0]?.data).not.toEqual(sealed.chunks[0]?.data);
  });

  it('refuses a chunk with one changed byte', async () => {
    const key = await aesKey();
    const sealed = await encryptFile(key, OUTBOX_ID, fileOf(2_000), SMALL_CHUNK);
    const [first] = sealed.chunks;
    if (!first) throw new Error('no chunk');
    const data = first.data.slice();
    data[10] = (data[10] ?? 0) ^ 1;
    expect(await decryptChunk(key, OUTBOX_ID, 2, { ...first, data })).toBeNull();
    expect(await decryptChunk(key, OUTBOX_ID, 2, first)).not.toBeNull();
  });

  it('refuses chunks put in another order, moved to another item, or a file cut short', async () => {
    const key = await aesKey();
    const sealed = await encryptFile(key, OUTBOX_ID, fileOf(3_000), SMALL_CHUNK);
    const [a, b, c] = sealed.chunks;
    if (!a || !b || !c) throw new Error('expected three chunks');
    // Swapped: each chunk claims the other's place.
    expect(await decryptChunk(key, OUTBOX_ID, 3, { ...b, index: 0 })).toBeNull();
    expect(await decryptChunk(key, OUTBOX_ID, 3, { ...a, index: 1 })).toBeNull();
    // Another item's id.
    expect(await decryptChunk(key, OTHER_ID, 3, a)).toBeNull();
    // Cut short: the first two chunks read as a two-chunk file.
    expect(await openAll(key, OUTBOX_ID, [a, b], 2)).toBeNull();
  });

  it('refuses the right chunk under another key', async () => {
    const sealed = await encryptFile(await aesKey(), OUTBOX_ID, fileOf(500), SMALL_CHUNK);
    const [only] = sealed.chunks;
    if (!only) throw new Error('no chunk');
    expect(await decryptChunk(await aesKey(), OUTBOX_ID, 1, only)).toBeNull();
  });

  it('counts chunks: a partial last chunk is one more, a file of exactly N chunks is N', () => {
    expect(chunkCountFor(1, 1_000)).toBe(1);
    expect(chunkCountFor(1_000, 1_000)).toBe(1);
    expect(chunkCountFor(1_001, 1_000)).toBe(2);
    expect(chunkCountFor(25 * 1024 * 1024)).toBe(25);
  });
});
