/**
 * Signing in, refreshing and signing out over real HTTP, and the offline grant checked the way the
 * app will check it: WebCrypto's `crypto.subtle.verify` with the published JWK.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.ts';
import {
  OfflineGrantPayload,
  StaffProfile,
  refreshRoute,
  type OfflineGrant,
} from '../../shared/api/session.ts';
import { GRANT_KEY_FILE } from '../auth/offline-grant.ts';
import { DAY, HOUR, MINUTE } from '../clock.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { startGateway } from '../server.ts';
import {
  call,
  newDevice,
  signIn,
  startSeededGateway,
  testClock,
  type SeededGateway,
} from '../testing/client.ts';
import { testConfig } from '../testing/temp.ts';

let gw: SeededGateway;
let db: Kysely<Database>;

beforeAll(async () => {
  gw = await startSeededGateway('session');
  db = openDatabase(gw.dataDir);
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

const me = (token: string) => call(gw.url, 'GET', '/api/v1/me', { token });
const refresh = (refreshToken: string) =>
  call(gw.url, 'POST', '/api/v1/session/refresh', { body: { refreshToken } });
const refreshed = (body: unknown) => refreshRoute.responses[200].schema.parse(body).tokens;
const signOut = (token: string) => call(gw.url, 'DELETE', '/api/v1/session', { token });
const auditActions = async (staffId: string) =>
  (await db.selectFrom('audit_events').select('action').where('staff_id', '=', staffId).execute()).map(
    (r) => r.action,
  );

describe('signing in (000: each person signs in with their own account)', () => {
  it('answers tokens (15 minutes, session 12 hours), the profile and an offline grant', async () => {
    const signedIn = await signIn(gw.url, 'priya.shah');
    const now = gw.time.clock().getTime();
    expect(Date.parse(signedIn.tokens.accessExpiresAt) - now).toBe(15 * MINUTE);
    expect(Date.parse(signedIn.tokens.refreshExpiresAt) - now).toBe(12 * HOUR);
    expect(signedIn.staff).toMatchObject({ username: 'priya.shah', roleLabel: 'Registered Manager' });
    expect(StaffProfile.parse((await me(signedIn.tokens.accessToken)).body)).toEqual(signedIn.staff);
    expect(await auditActions('staff-priya-shah')).toContain('sign-in');
  });

  it('treats the username without case or surrounding spaces', async () => {
    const answer = await call(gw.url, 'POST', '/api/v1/session', {
      body: { username: '  Priya.SHAH ', password: 'hearth-demo-2026', device: newDevice() },
    });
    expect(answer.status).toBe(200);
  });

  it('refuses a missing, malformed or made-up access token with 401 and WWW-Authenticate', async () => {
    for (const token of [undefined, 'short', 'x'.repeat(43)]) {
      const answer = await call(gw.url, 'GET', '/api/v1/me', token === undefined ? {} : { token });
      expect(answer.status).toBe(401);
      expect(ApiError.parse(answer.body).error).toBe('unauthorized');
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="hearth"');
    }
  });

  it('an access token stops working after 15 minutes', async () => {
    const { tokens } = await signIn(gw.url, 'tom.reilly');
    gw.time.advance(15 * MINUTE - 1000);
    expect((await me(tokens.accessToken)).status).toBe(200);
    gw.time.advance(1000);
    expect((await me(tokens.accessToken)).status).toBe(401);
  });
});

describe('refresh tokens rotate, and a reused one ends the session (issue 3: short-lived tokens with refresh)', () => {
  it('swaps a refresh token for new working tokens once', async () => {
    const first = (await signIn(gw.url, 'ellie.watts')).tokens;
    const answer = await refresh(first.refreshToken);
    expect(answer.status).toBe(200);
    const next = refreshed(answer.body);
    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect(next.refreshExpiresAt).toBe(first.refreshExpiresAt); // rotation never extends the session
    expect((await me(next.accessToken)).status).toBe(200);
    expect((await refresh(next.refreshToken)).status).toBe(200);
  });

  it('presenting a used refresh token again revokes the whole session, for the thief and the owner', async () => {
    const first = (await signIn(gw.url, 'marcus.hill')).tokens;
    const next = refreshed((await refresh(first.refreshToken)).body);
    const replay = await refresh(first.refreshToken);
    expect(replay.status).toBe(401);
    expect(ApiError.parse(replay.body).error).toBe('unauthorized');
    expect((await me(next.accessToken)).status).toBe(401);
    expect((await refresh(next.refreshToken)).status).toBe(401);
    expect(await auditActions('staff-marcus-hill')).toContain('session-revoked-refresh-reuse');
  });

  it('refuses an unknown refresh token, and any after the 12-hour session', async () => {
    expect((await refresh('y'.repeat(43))).status).toBe(401);
    const { tokens } = await signIn(gw.url, 'kieran.doyle');
    gw.time.advance(12 * HOUR);
    expect((await refresh(tokens.refreshToken)).status).toBe(401);
  });
});

describe('signing out (issue 3: sign-out ends the session)', () => {
  it('kills the access token at once, and the refresh token with it', async () => {
    const { tokens } = await signIn(gw.url, 'olu.bakare');
    expect((await signOut(tokens.accessToken)).status).toBe(204);
    expect((await me(tokens.accessToken)).status).toBe(401);
    expect((await refresh(tokens.refreshToken)).status).toBe(401);
    expect((await signOut(tokens.accessToken)).status).toBe(401);
    expect(await auditActions('staff-olu-bakare')).toEqual(['sign-in', 'sign-out']);
  });
});

const b64url = (text: string) => Buffer.from(text, 'base64url');

async function verifies(grant: OfflineGrant, payload = grant.payload): Promise<boolean> {
  const key = await crypto.subtle.importKey(
    'jwk',
    grant.publicKey,
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  return crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    b64url(grant.signature),
    new TextEncoder().encode(payload),
  );
}

describe('the offline grant (issue 3: offline unlock for a configurable period, default 7 days)', () => {
  it('verifies with WebCrypto and the published JWK; a changed payload does not', async () => {
    const device = newDevice();
    const { offlineGrant, staff } = await signIn(gw.url, 'hannah.price', device);
    expect(await verifies(offlineGrant)).toBe(true);
    const payload = OfflineGrantPayload.parse(JSON.parse(offlineGrant.payload));
    expect(payload).toMatchObject({ staffId: staff.id, deviceId: device.id, profile: staff });
    const forged = offlineGrant.payload.replace('"level":"read"', '"level":"read-upload"');
    expect(forged).not.toBe(offlineGrant.payload);
    expect(await verifies(offlineGrant, forged)).toBe(false);
  });

  it('expires HEARTH_OFFLINE_DAYS after sign-in: 7 by default', async () => {
    const payload = OfflineGrantPayload.parse(
      JSON.parse((await signIn(gw.url, 'daniel.osei')).offlineGrant.payload),
    );
    expect(payload.issuedAt).toBe(gw.time.clock().toISOString());
    expect(Date.parse(payload.expiresAt) - Date.parse(payload.issuedAt)).toBe(7 * DAY);
  });

  it('keeps one key, owner-only, across restarts, and honours another HEARTH_OFFLINE_DAYS', async () => {
    const keyFile = path.join(gw.dataDir, GRANT_KEY_FILE);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const before = (await signIn(gw.url, 'daniel.osei')).offlineGrant;
    const second = await startGateway(testConfig(path.dirname(gw.dataDir), { offlineDays: 3 }), {
      clock: testClock().clock,
    });
    try {
      const after = (await signIn(second.url, 'daniel.osei')).offlineGrant;
      expect(after.publicKey).toEqual(before.publicKey);
      expect(await verifies(after)).toBe(true);
      const payload = OfflineGrantPayload.parse(JSON.parse(after.payload));
      expect(Date.parse(payload.expiresAt) - Date.parse(payload.issuedAt)).toBe(3 * DAY);
    } finally {
      await second.close();
    }
  });
});

describe('a role or training change shows at the next online sign-in (issue 3)', () => {
  it('001: a principal worker who completes modules 7–9 can upload from the next sign-in', async () => {
    const before = await signIn(gw.url, 'grace.adeyemi');
    expect(before.staff.access).toMatchObject({ level: 'read', missingModules: [7, 8, 9] });
    await db
      .insertInto('staff_training')
      .values(
        [7, 8, 9].map((m) => ({ staff_id: 'staff-grace-adeyemi', module_id: m, completed_on: '2026-11-24' })),
      )
      .execute();
    const after = await signIn(gw.url, 'grace.adeyemi');
    expect(after.staff.access).toEqual({ level: 'read-upload', missingModules: [] });
    expect(OfflineGrantPayload.parse(JSON.parse(after.offlineGrant.payload)).profile.access.level).toBe(
      'read-upload',
    );
  });

  it('001: staff whose module 2 is withdrawn lose access to records, with the reason', async () => {
    await db
      .deleteFrom('staff_training')
      .where('staff_id', '=', 'staff-sam-fletcher')
      .where('module_id', '=', 2)
      .execute();
    const after = await signIn(gw.url, 'sam.fletcher');
    expect(after.staff.access).toMatchObject({ level: 'none', missingModules: [2] });
    expect(OfflineGrantPayload.parse(JSON.parse(after.offlineGrant.payload)).profile.access.level).toBe(
      'none',
    );
    const list = await call(gw.url, 'GET', '/api/v1/children', { token: after.tokens.accessToken });
    expect([list.status, ApiError.parse(list.body).error]).toEqual([403, 'training-incomplete']);
  });

  it('a role change from a read-only role to Registered Manager shows in the profile', async () => {
    await db
      .updateTable('staff')
      .set({ role: 'registered-manager' })
      .where('id', '=', 'staff-kieran-doyle')
      .execute();
    const after = await signIn(gw.url, 'kieran.doyle');
    expect(after.staff).toMatchObject({ role: 'registered-manager', roleLabel: 'Registered Manager' });
    expect(after.staff.access).toMatchObject({ level: 'read', missingModules: [3, 4, 5, 6, 7, 8, 9] });
  });
});
