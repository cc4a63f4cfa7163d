// The offline grant is checked with WebCrypto before anyone is let in without a connection
// (issue 3: offline unlock with a verifier the gateway issued, for this person on this device,
// until it expires). A key pair made here stands in for the gateway's signing key.
import { describe, expect, test } from 'vitest';
import type { OfflineGrant } from '../../shared/api/session.ts';
import { checkGrant } from './grant-check.ts';

const DEVICE = '3f1c2a9e-7d4b-4c1a-9e2f-5b6a7c8d9e0f';
const OTHER_DEVICE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const NOW = new Date('2026-05-14T10:00:00.000Z');

const profile = {
  id: 'staff-1',
  username: 'priya.shah',
  name: 'Priya Shah',
  role: 'registered-manager',
  roleLabel: 'Registered Manager',
  home: { id: 'home-larchfield', name: 'Larchfield House' },
  access: { level: 'read-upload', missingModules: [] },
};

const base64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

async function makeGrant(overrides: Record<string, unknown> = {}): Promise<OfflineGrant> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const payload = JSON.stringify({
    staffId: 'staff-1',
    deviceId: DEVICE,
    profile,
    issuedAt: '2026-05-10T10:00:00.000Z',
    expiresAt: '2026-05-17T10:00:00.000Z',
    ...overrides,
  });
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    pair.privateKey,
    new TextEncoder().encode(payload),
  );
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    payload,
    signature: base64url(signature),
    publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' },
  };
}

const expected = { staffId: 'staff-1', deviceId: DEVICE, now: NOW };

describe('checkGrant', () => {
  test('a grant signed by the gateway, for this person on this device, before expiry, opens', async () => {
    const result = await checkGrant(await makeGrant(), expected);
    expect(result).toMatchObject({
      ok: true,
      value: { staffId: 'staff-1', profile: { name: 'Priya Shah' } },
    });
  });

  test('a payload changed after signing is refused (e.g. a longer expiry written in)', async () => {
    const grant = await makeGrant();
    const changed = { ...grant, payload: grant.payload.replace('2026-05-17', '2027-05-17') };
    expect(await checkGrant(changed, expected)).toMatchObject({ ok: false, error: 'bad-signature' });
  });

  test('a signature from another key is refused', async () => {
    const grant = await makeGrant();
    const other = await makeGrant();
    expect(await checkGrant({ ...grant, publicKey: other.publicKey }, expected)).toMatchObject({
      ok: false,
      error: 'bad-signature',
    });
  });

  test('a grant for another device or another person is refused', async () => {
    expect(await checkGrant(await makeGrant({ deviceId: OTHER_DEVICE }), expected)).toMatchObject({
      ok: false,
      error: 'wrong-device',
    });
    expect(await checkGrant(await makeGrant(), { ...expected, staffId: 'staff-2' })).toMatchObject({
      ok: false,
      error: 'wrong-person',
    });
  });

  test('an expired grant is refused with the date it ended, in words', async () => {
    const result = await checkGrant(await makeGrant(), {
      ...expected,
      now: new Date('2026-05-18T09:00:00Z'),
    });
    expect(result).toEqual({
      ok: false,
      error: 'expired',
      message: 'Your offline access on this computer ended on 17 May 2026 at 11:00am.',
    });
  });
});
