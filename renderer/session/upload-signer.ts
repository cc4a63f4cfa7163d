/**
 * The signed-in person's upload key on this computer (issue 4: items "keep their uploader" whoever
 * later carries them). It comes with the offline grant at an online sign-in, or out of the grant
 * the person's password opens offline; it is held here, in memory only, as a non-extractable
 * HMAC key, and forgotten at sign-out. Items queued without it (a grant from before upload keys)
 * are still sent, but only in their uploader's own online session.
 */
import type { OfflineGrant } from '../../shared/api/session.ts';

export interface UploadSigner {
  staffId: string;
  deviceId: string;
  key: CryptoKey;
}

let current: UploadSigner | null = null;

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

/** Holds `uploadKey` (OfflineGrant's) for `staffId` on `deviceId`; none forgets any held. */
export async function holdUploadKey(
  uploadKey: OfflineGrant['uploadKey'],
  staffId: string,
  deviceId: string,
): Promise<void> {
  current = null;
  if (!uploadKey) return;
  const key = await crypto.subtle.importKey(
    'raw',
    fromBase64Url(uploadKey),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  current = { staffId, deviceId, key };
}

/** The signer for `staffId`, or null when this session holds none for them. */
export function uploadSignerFor(staffId: string): UploadSigner | null {
  return current?.staffId === staffId ? current : null;
}

export function forgetUploadKey(): void {
  current = null;
}
