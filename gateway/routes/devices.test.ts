/**
 * Device enrolment and revocation over real HTTP (issue 7 "Data at rest": "devices are enrolled to
 * one home by a manager with a one-time code; the gateway lists a home's devices; a revoked device's
 * tokens stop working at once"; 003: protected against unauthorised access). Enrolment 'required',
 * as a council runs it; the first computer of each home is enrolled by IT, here straight in the table.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrolmentState, HomeDevice, HomeDeviceList, NewEnrolmentCode } from '../../shared/api/devices.ts';
import type { AuditAction } from '../../shared/api/audit.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { MINUTE } from '../clock.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { NOT_ENROLLED, OTHER_HOME, REVOKED } from '../devices/enrolment.ts';
import {
  call,
  newDevice,
  signIn,
  signInBody,
  startSeededGateway,
  type SeededGateway,
} from '../testing/client.ts';

let gw: SeededGateway;
let db: Kysely<Database>;

const LARCHFIELD = 'home-larchfield';
const HARBOUR_VIEW = 'home-harbour-view';
/** The first computer of each home, enrolled by IT. */
const officePc = newDevice('Larchfield office PC');
const harbourPc = newDevice('Harbour View office PC');

beforeAll(async () => {
  gw = await startSeededGateway('devices', { deviceEnrolment: 'required' });
  db = openDatabase(gw.dataDir);
  const at = gw.time.clock().toISOString();
  for (const [device, home] of [
    [officePc, LARCHFIELD],
    [harbourPc, HARBOUR_VIEW],
  ] as const) {
    await db
      .insertInto('enrolled_devices')
      .values({
        id: device.id,
        home_id: home,
        name: device.name,
        enrolled_at: at,
        enrolled_by: null,
        revoked_at: null,
        revoked_by: null,
      })
      .execute();
  }
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

type Device = ReturnType<typeof newDevice>;

const signInFrom = (username: string, device: Device) =>
  call(gw.url, 'POST', '/api/v1/session', { body: signInBody(username, undefined, device) });
const makeCode = (token: string) => call(gw.url, 'POST', '/api/v1/devices/enrolment-codes', { token });
const enrol = (code: string, device: Device) =>
  call(gw.url, 'POST', '/api/v1/devices/enrolment', { body: { code, device } });
const stateOf = async (deviceId: string) =>
  EnrolmentState.parse((await call(gw.url, 'GET', `/api/v1/devices/${deviceId}/enrolment`)).body);
const gatewayActions = async (action: AuditAction) =>
  db
    .selectFrom('audit_events')
    .select(['staff_id', 'device_id', 'detail'])
    .where('action', '=', action)
    .execute();

async function managerToken(): Promise<string> {
  return (await signIn(gw.url, 'priya.shah', officePc)).tokens.accessToken;
}

async function enrolledNewDevice(name: string) {
  const code = NewEnrolmentCode.parse((await makeCode(await managerToken())).body).code;
  const device = newDevice(name);
  expect((await enrol(code, device)).status).toBe(200);
  return device;
}

describe('signing in needs an enrolled computer', () => {
  it('a computer not enrolled is refused with a clear message, after the password, and audited', async () => {
    const stranger = newDevice('Home PC');
    const answer = await signInFrom('priya.shah', stranger);
    expect(answer.status).toBe(403);
    expect(ApiError.parse(answer.body)).toEqual({ error: 'device-not-enrolled', message: NOT_ENROLLED });
    expect(await stateOf(stranger.id)).toEqual({ state: 'not-enrolled', required: true });
    expect(await gatewayActions('sign-in-refused-device')).toContainEqual({
      staff_id: 'staff-priya-shah',
      device_id: stranger.id,
      detail: 'not-enrolled',
    });
    // A wrong password learns nothing about the computer: the usual answer.
    const wrong = await call(gw.url, 'POST', '/api/v1/session', {
      body: signInBody('priya.shah', 'not-the-password', stranger),
    });
    expect(ApiError.parse(wrong.body).error).toBe('unauthorized');
  });

  it('a computer of another home cannot be used to sign in for yours', async () => {
    const answer = await signInFrom('daniel.osei', officePc);
    expect(answer.status).toBe(403);
    expect(ApiError.parse(answer.body)).toEqual({ error: 'forbidden', message: OTHER_HOME });
    expect((await signInFrom('daniel.osei', harbourPc)).status).toBe(200);
  });
});

describe('a one-time enrolment code', () => {
  it('a manager makes one for their home: 8 characters shown as XXXX-XXXX, for 15 minutes', async () => {
    const made = NewEnrolmentCode.parse((await makeCode(await managerToken())).body);
    expect(made.code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(Date.parse(made.expiresAt) - gw.time.clock().getTime()).toBe(15 * MINUTE);
    expect(made.home).toEqual({ id: LARCHFIELD, name: 'Larchfield House' });
    // Only its hash is kept: the database alone enrols nothing.
    const stored = await db.selectFrom('enrolment_codes').select('code_hash').execute();
    expect(stored.map((r) => r.code_hash)).not.toContain(made.code.replace('-', ''));
  });

  it('staff who are not managers cannot make one (403)', async () => {
    const staff = await signIn(gw.url, 'sam.fletcher', officePc);
    const answer = await makeCode(staff.tokens.accessToken);
    expect(answer.status).toBe(403);
    expect(ApiError.parse(answer.body).error).toBe('forbidden');
  });

  it('enrols a new computer to the manager’s home once, typed in lower case or without the dash', async () => {
    const code = NewEnrolmentCode.parse((await makeCode(await managerToken())).body).code;
    const laptop = newDevice('Sleep-in room laptop');
    const answer = await enrol(code.toLowerCase().replace('-', ' '), laptop);
    expect(answer.status).toBe(200);
    expect(EnrolmentState.parse(answer.body)).toEqual({
      state: 'enrolled',
      home: { id: LARCHFIELD, name: 'Larchfield House' },
    });
    expect((await signInFrom('sam.fletcher', laptop)).status).toBe(200);
    // Used: a second computer cannot use the same code.
    const other = await enrol(code, newDevice('Another laptop'));
    expect(other.status).toBe(400);
    expect(await gatewayActions('device-enrolled')).toContainEqual({
      staff_id: 'staff-priya-shah',
      device_id: laptop.id,
      detail: 'Sleep-in room laptop, with a one-time code',
    });
  });

  it('expires after 15 minutes', async () => {
    const code = NewEnrolmentCode.parse((await makeCode(await managerToken())).body).code;
    gw.time.advance(15 * MINUTE + 1);
    expect((await enrol(code, newDevice('Late laptop'))).status).toBe(400);
  });
});

describe('a home’s computers, and revoking one', () => {
  it('managers list their own home’s computers only', async () => {
    const laptop = await enrolledNewDevice('Listed laptop');
    const list = HomeDeviceList.parse(
      (await call(gw.url, 'GET', '/api/v1/devices', { token: await managerToken() })).body,
    ).devices;
    expect(list.map((d) => d.id)).toEqual(expect.arrayContaining([officePc.id, laptop.id]));
    expect(list.map((d) => d.id)).not.toContain(harbourPc.id);
    expect(list.find((d) => d.id === laptop.id)).toMatchObject({ enrolledBy: 'Priya Shah', revokedAt: null });
  });

  it('revoked: its access and refresh tokens stop at once with device-revoked, and it cannot sign in or enrol again', async () => {
    const laptop = await enrolledNewDevice('Lost laptop');
    const onLaptop = await signIn(gw.url, 'sam.fletcher', laptop);
    const me = () => call(gw.url, 'GET', '/api/v1/me', { token: onLaptop.tokens.accessToken });
    expect((await me()).status).toBe(200);

    const revoked = await call(gw.url, 'POST', `/api/v1/devices/${laptop.id}/revocation`, {
      token: await managerToken(),
    });
    expect(revoked.status).toBe(200);
    expect(HomeDevice.parse(revoked.body)).toMatchObject({ id: laptop.id, revokedBy: 'Priya Shah' });

    const refused = { error: 'device-revoked', message: REVOKED };
    expect((await me()).status).toBe(401);
    expect(ApiError.parse((await me()).body)).toEqual(refused);
    const refresh = await call(gw.url, 'POST', '/api/v1/session/refresh', {
      body: { refreshToken: onLaptop.tokens.refreshToken },
    });
    expect(refresh.status).toBe(401);
    expect(ApiError.parse(refresh.body)).toEqual(refused);
    const again = await signInFrom('sam.fletcher', laptop);
    expect(again.status).toBe(401);
    expect(ApiError.parse(again.body)).toEqual(refused);
    expect(await stateOf(laptop.id)).toMatchObject({ state: 'revoked' });
    const code = NewEnrolmentCode.parse((await makeCode(await managerToken())).body).code;
    expect(ApiError.parse((await enrol(code, laptop)).body).error).toBe('device-revoked');
    expect(await gatewayActions('device-revoked')).toContainEqual({
      staff_id: 'staff-priya-shah',
      device_id: laptop.id,
      detail: null,
    });
  });

  it('another home’s computer cannot be revoked (404), nor by staff who are not managers (403)', async () => {
    const answer = await call(gw.url, 'POST', `/api/v1/devices/${harbourPc.id}/revocation`, {
      token: await managerToken(),
    });
    expect(answer.status).toBe(404);
    const staff = await signIn(gw.url, 'sam.fletcher', officePc);
    const byStaff = await call(gw.url, 'POST', `/api/v1/devices/${officePc.id}/revocation`, {
      token: staff.tokens.accessToken,
    });
    expect(byStaff.status).toBe(403);
    expect(await stateOf(harbourPc.id)).toMatchObject({ state: 'enrolled' });
  });
});
