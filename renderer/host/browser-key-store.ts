/**
 * The browser's secure key storage: one non-extractable AES-GCM key, made by WebCrypto and kept in
 * IndexedDB. The page can ask the browser to encrypt and decrypt with it, but no script (ours or an
 * injected one) can read the key's bytes, so a copied sealed blob is useless off this browser
 * profile. IndexedDB stores a CryptoKey as an opaque object, keeping that protection.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../../shared/result.ts';
import { Secret, type KeyStoreStatus } from '../../shared/bridge/schemas.ts';

export const KEY_DB_NAME = 'hearth-key-store';
export const KEY_STORE_NAME = 'keys';
export const WRAPPING_KEY_ID = 'wrapping-key-v1';
export const BACKEND = 'webcrypto-indexeddb';

/** Sealed layout: [format version][12-byte IV][AES-GCM ciphertext + 16-byte tag]. */
const FORMAT_V1 = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

type SealError = 'unavailable' | 'invalid';

/** What IndexedDB gives back is parsed, not trusted: it must be our kind of key. */
const StoredKey = z
  // Not z.instanceof(CryptoKey): on an http page CryptoKey does not exist, and the app must still load.
  .custom<CryptoKey>((v) => typeof CryptoKey !== 'undefined' && v instanceof CryptoKey, 'not a CryptoKey')
  .refine((k) => k.algorithm.name === 'AES-GCM' && !k.extractable, 'not a non-extractable AES-GCM key')
  .refine((k) => k.usages.includes('encrypt') && k.usages.includes('decrypt'), 'key cannot encrypt');

/** Why the key store cannot work here, in words staff can pass on to IT; null when it can. */
function missingFeature(): string | null {
  if (typeof indexedDB === 'undefined') {
    return 'This browser does not allow Hearth to store data (IndexedDB is off, as in some private windows).';
  }
  if (!globalThis.isSecureContext || typeof crypto === 'undefined' || !crypto.subtle) {
    return 'This browser offers encryption only on secure (https) pages. Ask IT to serve Hearth over https.';
  }
  return null;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(KEY_DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(KEY_STORE_NAME);
  return request(open);
}

async function readKey(db: IDBDatabase): Promise<unknown> {
  return request(db.transaction(KEY_STORE_NAME, 'readonly').objectStore(KEY_STORE_NAME).get(WRAPPING_KEY_ID));
}

/**
 * The stored key, made on first use. Making it happens outside the IndexedDB transaction (which
 * would close while WebCrypto works), so two tabs may race: `add` refuses the second key and the
 * loser reads the winner's, so every tab ends up sealing with the same key.
 */
async function wrappingKey(create: boolean): Promise<CryptoKey | null> {
  const db = await openDb();
  try {
    const existing = await readKey(db);
    if (existing !== undefined) return StoredKey.parse(existing);
    if (!create) return null;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    try {
      await request(
        db.transaction(KEY_STORE_NAME, 'readwrite').objectStore(KEY_STORE_NAME).add(key, WRAPPING_KEY_ID),
      );
      return key;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'ConstraintError') {
        return StoredKey.parse(await readKey(db));
      }
      throw error;
    }
  } finally {
    db.close();
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function keyStoreStatus(): Promise<KeyStoreStatus> {
  const missing = missingFeature();
  if (missing) return { available: false, backend: BACKEND, reason: missing };
  try {
    await wrappingKey(true);
    return { available: true, backend: BACKEND };
  } catch (error) {
    return {
      available: false,
      backend: BACKEND,
      reason: `The browser refused key storage: ${describe(error)}`,
    };
  }
}

export async function sealSecret(secret: Uint8Array): Promise<Result<Uint8Array, SealError>> {
  const parsed = Secret.safeParse(secret);
  if (!parsed.success) return fail('invalid', 'A secret to seal is 1 to 4096 bytes.');
  const missing = missingFeature();
  if (missing) return fail('unavailable', missing);
  try {
    const key = await wrappingKey(true);
    if (!key) return fail('unavailable', 'The browser did not keep the encryption key.');
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const ciphertext = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(parsed.data)),
    );
    const sealed = new Uint8Array(1 + IV_BYTES + ciphertext.byteLength);
    sealed[0] = FORMAT_V1;
    sealed.set(iv, 1);
    sealed.set(ciphertext, 1 + IV_BYTES);
    return ok(sealed);
  } catch (error) {
    return fail('unavailable', `The browser could not encrypt: ${describe(error)}`);
  }
}

export async function unsealSecret(sealed: Uint8Array): Promise<Result<Uint8Array, SealError>> {
  if (
    !(sealed instanceof Uint8Array) ||
    sealed.byteLength < 1 + IV_BYTES + TAG_BYTES ||
    sealed[0] !== FORMAT_V1
  ) {
    return fail('invalid', 'This is not a secret sealed by Hearth in this browser.');
  }
  const missing = missingFeature();
  if (missing) return fail('unavailable', missing);
  let key: CryptoKey | null;
  try {
    key = await wrappingKey(false);
  } catch (error) {
    return fail('unavailable', `The browser refused key storage: ${describe(error)}`);
  }
  // Without the key (site data cleared) the secret is gone for good: 'invalid', not "try later".
  if (!key) return fail('invalid', "This browser's Hearth key was removed, so the secret cannot be opened.");
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.slice(1, 1 + IV_BYTES) },
      key,
      sealed.slice(1 + IV_BYTES),
    );
    return ok(new Uint8Array(plain));
  } catch {
    // AES-GCM authenticates: any changed byte, or another browser's key, fails here.
    return fail('invalid', 'The sealed secret was changed or sealed by another browser.');
  }
}
