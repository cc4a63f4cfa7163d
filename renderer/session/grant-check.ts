/**
 * Checks an offline grant (shared/api/session.ts) without a connection: the gateway's ECDSA P-256
 * signature over the payload text, verified with WebCrypto; then that it is for this person on
 * this device and has not expired. Pure WebCrypto, so it runs the same in a unit test.
 */
import { OfflineGrantPayload, type OfflineGrant } from '../../shared/api/session.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { formatWhen } from '../app/when.ts';

export type GrantProblem = 'bad-signature' | 'wrong-person' | 'wrong-device' | 'expired' | 'unreadable';

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
    return Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) =>
      c.charCodeAt(0),
    );
  } catch {
    return null;
  }
}

async function signatureHolds(grant: OfflineGrant): Promise<boolean> {
  const signature = fromBase64url(grant.signature);
  if (!signature) return false;
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: grant.publicKey.x, y: grant.publicKey.y, ext: true },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    return await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      signature,
      new TextEncoder().encode(grant.payload),
    );
  } catch {
    return false; // a malformed key is as good as a wrong signature
  }
}

function parsePayload(text: string): OfflineGrantPayload | null {
  try {
    const parsed = OfflineGrantPayload.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function checkGrant(
  grant: OfflineGrant,
  expected: { staffId: string; deviceId: string; now: Date },
): Promise<Result<OfflineGrantPayload, GrantProblem>> {
  if (!(await signatureHolds(grant))) {
    return fail('bad-signature', 'The saved sign-in on this computer was not signed by the gateway.');
  }
  const payload = parsePayload(grant.payload);
  if (!payload) return fail('unreadable', 'The saved sign-in on this computer cannot be read.');
  if (payload.staffId !== expected.staffId || payload.profile.id !== expected.staffId) {
    return fail('wrong-person', 'The saved sign-in on this computer belongs to someone else.');
  }
  if (payload.deviceId !== expected.deviceId) {
    return fail('wrong-device', 'The saved sign-in was made for another computer.');
  }
  if (Date.parse(payload.expiresAt) <= expected.now.getTime()) {
    return fail('expired', `Your offline access on this computer ended on ${formatWhen(payload.expiresAt)}.`);
  }
  return ok(payload);
}
