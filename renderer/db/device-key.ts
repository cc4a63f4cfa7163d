/**
 * The device data key (envelope encryption, shared/bridge/contract.ts): 256 random bits made once
 * on this device, sealed by the host's key store (OS keychain in Electron, a non-extractable
 * WebCrypto key in a browser), and kept only in that sealed form. At start it is unsealed and
 * imported as non-extractable CryptoKeys, and the raw bytes are wiped from memory.
 *
 * Two keys come from it by HKDF: AES-GCM for data, HMAC for row ids (so no stored id names a
 * child). If the key store is unavailable, Hearth says so and caches nothing (003: what a device
 * keeps must be encrypted).
 */
import { z } from 'zod';
import { host } from '../host/index.ts';
import type { Bytes } from './aes-gcm.ts';
import { database } from './database.ts';

export interface DeviceKeys {
  aes: CryptoKey;
  hmac: CryptoKey;
}

export type DeviceKeyState = { available: true; keys: DeviceKeys } | { available: false; reason: string };

const KEY_ROW_ID = 'device-data-key-v1';
const KEY_BYTES = 32;
const encoder = new TextEncoder();

const StoredKey = z.object({ id: z.literal(KEY_ROW_ID), sealed: z.instanceof(Uint8Array) });

const unavailable = (reason: string): DeviceKeyState => ({
  available: false,
  reason: `Hearth cannot keep records on this computer for use without a connection: ${reason}`,
});

async function importKeys(secret: Bytes): Promise<DeviceKeys> {
  try {
    const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
    const derive = (info: string, algorithm: AesKeyGenParams | HmacKeyGenParams, usages: KeyUsage[]) =>
      crypto.subtle.deriveKey(
        { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(info) },
        base,
        algorithm,
        false,
        usages,
      );
    return {
      aes: await derive('hearth/device-data/aes-gcm/v1', { name: 'AES-GCM', length: 256 }, [
        'encrypt',
        'decrypt',
      ]),
      hmac: await derive('hearth/device-data/row-id/v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }, [
        'sign',
      ]),
    };
  } finally {
    // The bytes are only needed to import; keeping them would defeat non-extractable keys.
    secret.fill(0);
  }
}

/**
 * The sealed key can no longer be opened (the key store lost its key, e.g. the browser's site data
 * was cleared): what it encrypted is unreadable for good, so the cache and offline sign-ins go.
 * Queued audit events stay: nothing may delete them, and IT may still recover the key.
 */
async function forgetUnreadable(): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.deviceSecrets, db.records, db.offlineSignIns], async () => {
    await db.deviceSecrets.delete(KEY_ROW_ID);
    await db.records.clear();
    await db.offlineSignIns.clear();
  });
}

async function makeKey(retry: boolean): Promise<DeviceKeyState> {
  const secret = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  const sealed = await host.sealSecret(secret.slice());
  if (!sealed.ok) return unavailable(sealed.message);
  try {
    await database().deviceSecrets.add({ id: KEY_ROW_ID, sealed: sealed.value });
  } catch (error) {
    // Another window made the key first: use theirs, so both encrypt under the same key.
    if (retry && error instanceof Error && error.name === 'ConstraintError') return load(false);
    throw error;
  }
  return { available: true, keys: await importKeys(secret) };
}

async function load(retry: boolean): Promise<DeviceKeyState> {
  const status = await host.keyStoreStatus();
  if (!status.available) return unavailable(status.reason ?? 'the key store is not available.');
  const row: unknown = await database().deviceSecrets.get(KEY_ROW_ID);
  if (row === undefined) return makeKey(retry);
  const stored = StoredKey.safeParse(row);
  if (stored.success) {
    const opened = await host.unsealSecret(stored.data.sealed);
    if (opened.ok) {
      const secret = new Uint8Array(opened.value);
      opened.value.fill(0);
      return { available: true, keys: await importKeys(secret) };
    }
    if (opened.error === 'unavailable') return unavailable(opened.message);
  }
  await forgetUnreadable();
  return makeKey(retry);
}

let loading: Promise<DeviceKeyState> | null = null;

/** The device keys, loaded once per page; an unavailable key store is asked again next time. */
export function deviceKeys(): Promise<DeviceKeyState> {
  loading ??= load(true)
    .catch((error: unknown) => unavailable(error instanceof Error ? error.message : String(error)))
    .then((state) => {
      if (!state.available) loading = null;
      return state;
    });
  return loading;
}
