/**
 * AES-GCM with a fresh random 96-bit IV for every message (never reuse an IV under one key: that
 * breaks GCM). Opening fails, as null, when the key is wrong or a byte was changed: GCM checks
 * its tag before it gives anything back.
 */
import { z } from 'zod';

/** Bytes backed by a plain ArrayBuffer, which is what WebCrypto takes. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Bytes read back from IndexedDB, copied into a fresh buffer of their own. */
export const StoredBytes = z.instanceof(Uint8Array).transform((b): Bytes => new Uint8Array(b));

export interface Sealed {
  iv: Bytes;
  data: Bytes;
}

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function sealBytes(key: CryptoKey, plain: Bytes, context?: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(aesParams(iv, context), key, plain);
  return { iv, data: new Uint8Array(data) };
}

export async function openBytes(key: CryptoKey, sealed: Sealed, context?: string): Promise<Bytes | null> {
  try {
    return new Uint8Array(await crypto.subtle.decrypt(aesParams(sealed.iv, context), key, sealed.data));
  } catch {
    return null;
  }
}

/**
 * `context` is bound as additional data: a row copied to another place (another home, another
 * person) does not open there, even under the right key.
 */
function aesParams(iv: Bytes, context: string | undefined): AesGcmParams {
  return context === undefined
    ? { name: 'AES-GCM', iv }
    : { name: 'AES-GCM', iv, additionalData: encoder.encode(context) };
}

export function sealJson(key: CryptoKey, value: unknown, context?: string): Promise<Sealed> {
  return sealBytes(key, encoder.encode(JSON.stringify(value)), context);
}

/** The JSON inside, as `unknown` for the caller to parse; null when it does not open or is not JSON. */
export async function openJson(key: CryptoKey, sealed: Sealed, context?: string): Promise<unknown> {
  const plain = await openBytes(key, sealed, context);
  if (!plain) return null;
  try {
    const value: unknown = JSON.parse(decoder.decode(plain));
    return value;
  } catch {
    return null;
  }
}

/** Packs a Sealed into one byte string (IV first), for a layer sealed inside another. */
export function packSealed({ iv, data }: Sealed): Bytes {
  const packed = new Uint8Array(iv.byteLength + data.byteLength);
  packed.set(iv, 0);
  packed.set(data, iv.byteLength);
  return packed;
}

export function unpackSealed(packed: Bytes): Sealed | null {
  if (packed.byteLength <= IV_BYTES) return null;
  return { iv: packed.slice(0, IV_BYTES), data: packed.slice(IV_BYTES) };
}
