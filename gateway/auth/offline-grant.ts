/**
 * Offline grants (issue 3 "Offline unlock"): after an online sign-in the gateway signs what it
 * vouches for (who, which device, their profile, until when) with an ECDSA P-256 key made once and
 * kept in the data folder. The device checks the signature with WebCrypto when it has no
 * connection; the key's public half travels in every grant. A role or training change reaches the
 * device with the next grant, at the next online sign-in.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OfflineGrant, type OfflineGrantPayload } from '../../shared/api/session.ts';

export const GRANT_KEY_FILE = 'offline-grant-key.pem';

export interface GrantSigner {
  publicKey: OfflineGrant['publicKey'];
  sign(payload: OfflineGrantPayload): OfflineGrant;
  /** True when the key file was readable by others and has been made owner-only. */
  tightenedPermissions: boolean;
}

const isCode = (error: unknown, code: string) =>
  error instanceof Error && 'code' in error && error.code === code;

/** Reads the key, or makes it when there is none: `wx` so two gateways starting at once keep one key. */
function readOrCreatePem(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
  }
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    // Owner-only from the first byte: the key lets whoever holds it unlock any device offline.
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    return pem;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return readFileSync(file, 'utf8');
    throw error;
  }
}

/** Opens (or makes) the gateway's grant-signing key in `dataDir`. */
export function openGrantSigner(dataDir: string): GrantSigner {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, GRANT_KEY_FILE);
  const key: KeyObject = createPrivateKey(readOrCreatePem(file));
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`${file} is not an ECDSA P-256 private key: move it aside and restart to make a new one`);
  }
  // A copy or restore can widen the mode; put it back rather than serve with a readable key.
  const loose = (statSync(file).mode & 0o077) !== 0;
  if (loose) chmodSync(file, 0o600);
  const publicKey = OfflineGrant.shape.publicKey.parse(createPublicKey(key).export({ format: 'jwk' }));
  return {
    publicKey,
    tightenedPermissions: loose,
    sign(payload) {
      const text = JSON.stringify(payload);
      const signature = sign('sha256', Buffer.from(text, 'utf8'), { key, dsaEncoding: 'ieee-p1363' });
      return { payload: text, signature: signature.toString('base64url'), publicKey };
    },
  };
}
