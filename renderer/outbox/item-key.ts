/**
 * Each queued document's own AES-256 key (shared/api/sealed-upload.ts). Its chunks are sealed under
 * it, so the sync engine sends them as kept, without reading them into the page or opening them:
 * reading 1 MiB rows back from IndexedDB and decrypting them cost more than sending (bench
 * sync.drain_vs_bare_tus). The key is kept sealed under the device key (003: nothing on the device
 * in the clear) and handed to the gateway only in the upload's create, over TLS.
 */
import { openBytes, sealBytes, type Bytes, type Sealed } from '../db/aes-gcm.ts';

const itemKeyContext = (outboxId: string) => `hearth/outbox/v2/${outboxId}/item-key`;

export interface NewItemKey {
  key: CryptoKey;
  /** The raw key sealed under the device key, for the item's row. */
  sealed: Sealed;
}

export async function makeItemKey(deviceKey: CryptoKey, outboxId: string): Promise<NewItemKey> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
  const sealed = await sealBytes(deviceKey, raw, itemKeyContext(outboxId));
  raw.fill(0);
  return { key, sealed };
}

const toBase64Url = (bytes: Bytes): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** The item's key as the gateway takes it (UploadMetadata `itemKey`); null when it does not open here. */
export async function itemKeyForGateway(
  deviceKey: CryptoKey,
  outboxId: string,
  sealed: Sealed,
): Promise<string | null> {
  const raw = await openBytes(deviceKey, sealed, itemKeyContext(outboxId));
  if (!raw || raw.byteLength !== 32) return null;
  const text = toBase64Url(raw);
  raw.fill(0);
  return text;
}
