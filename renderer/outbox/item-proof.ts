/**
 * What the device signs when an item is queued (issue 4; shared/api/uploads.ts): the uploader's
 * `proof` over the whole upload metadata, and the item credential's MAC over its id. Both are
 * HMAC-SHA256 under the uploader's upload key (renderer/session/upload-signer.ts), made in the
 * outbox worker once the SHA-256 is known, and sealed with the item; the key itself never is.
 */
import {
  ITEM_AUTH_SCHEME,
  itemCredentialText,
  uploadProofText,
  type ItemCredential,
  type UploadMetadata,
} from '../../shared/api/uploads.ts';

export const toBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const hmac = async (key: CryptoKey, text: string): Promise<string> =>
  toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text))));

export interface ItemProof {
  proof: string;
  itemMac: string;
}

/** Signs `meta` (which names the uploader and computer) and its outbox id. */
export async function signItem(key: CryptoKey, meta: UploadMetadata): Promise<ItemProof> {
  return {
    proof: await hmac(key, uploadProofText(meta)),
    itemMac: await hmac(key, itemCredentialText(meta.outboxId)),
  };
}

/** The `Authorization` header that carries one item, with nobody signed in. */
export function itemAuthorization(credential: ItemCredential): string {
  const json = new TextEncoder().encode(JSON.stringify(credential));
  return `${ITEM_AUTH_SCHEME} ${toBase64Url(json)}`;
}
