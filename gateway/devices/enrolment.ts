/**
 * Which computers may sign in for a home (issue 7 "Data at rest"; 003: personal data protected
 * against unauthorised access). A manager's one-time code enrols a computer to their home; sign-in
 * from a computer not enrolled to the person's home is refused; a revoked computer's sessions end at
 * once and it is told `device-revoked` at every contact, so it wipes what it keeps.
 */
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  ENROLMENT_ALPHABET,
  ENROLMENT_CODE_LENGTH,
  ENROLMENT_CODE_MINUTES,
  type EnrolmentState,
  type HomeDevice,
} from '../../shared/api/devices.ts';
import type { DeviceInfo } from '../../shared/api/session.ts';
import { tokenHash } from '../auth/tokens.ts';
import { MINUTE, isoAfter } from '../clock.ts';
import type { DeviceEnrolment } from '../config.ts';
import type { Database } from '../db/schema.ts';

export const NOT_ENROLLED =
  'This computer is not enrolled to your home yet, so Hearth cannot sign you in on it. Ask your registered or assistant manager for a one-time enrolment code.';
export const REVOKED =
  'This computer was removed from Hearth by a manager of the home. Hearth has removed what it kept on it. Use another computer, or ask your manager.';
export const OTHER_HOME =
  'This computer is enrolled to another home, so it cannot be used to sign in for yours. Use a computer of your home.';
export const BAD_CODE =
  'The enrolment code is not right, was used already, or has expired. Check it, or ask your manager for a new one.';

/** A new code as the manager reads it out, e.g. `K7QM-4XPD` (crypto-random, uniform over the alphabet). */
export function newEnrolmentCode(): { shown: string; plain: string } {
  const plain = Array.from(
    { length: ENROLMENT_CODE_LENGTH },
    () => ENROLMENT_ALPHABET[randomInt(ENROLMENT_ALPHABET.length)],
  ).join('');
  return { plain, shown: `${plain.slice(0, 4)}-${plain.slice(4)}` };
}

export async function createEnrolmentCode(
  db: Kysely<Database>,
  manager: { staffId: string; homeId: string },
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  const { plain, shown } = newEnrolmentCode();
  const expiresAt = isoAfter(now, ENROLMENT_CODE_MINUTES * MINUTE);
  await db
    .insertInto('enrolment_codes')
    .values({
      code_hash: tokenHash(plain),
      home_id: manager.homeId,
      created_by: manager.staffId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
      used_by_device: null,
    })
    .execute();
  return { code: shown, expiresAt };
}

export type EnrolOutcome =
  | { ok: true; homeId: string; managerId: string }
  | { ok: false; error: 'bad-code' | 'revoked' | 'already-enrolled' };

/** Uses `code` (normalised) once to enrol `device`, in one transaction so a code cannot serve twice. */
export async function enrolWithCode(
  db: Kysely<Database>,
  code: string,
  device: DeviceInfo,
  now: Date,
): Promise<EnrolOutcome> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('enrolled_devices')
      .select(['revoked_at'])
      .where('id', '=', device.id)
      .executeTakeFirst();
    if (existing?.revoked_at) return { ok: false, error: 'revoked' };
    if (existing) return { ok: false, error: 'already-enrolled' };
    const row = await trx
      .selectFrom('enrolment_codes')
      .select(['code_hash', 'home_id', 'created_by'])
      .where('code_hash', '=', tokenHash(code))
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    if (!row) return { ok: false, error: 'bad-code' };
    await trx
      .updateTable('enrolment_codes')
      .set({ used_at: at, used_by_device: device.id })
      .where('code_hash', '=', row.code_hash)
      .execute();
    await trx
      .insertInto('enrolled_devices')
      .values({
        id: device.id,
        home_id: row.home_id,
        name: device.name,
        enrolled_at: at,
        enrolled_by: row.created_by,
        revoked_at: null,
        revoked_by: null,
      })
      .execute();
    return { ok: true, homeId: row.home_id, managerId: row.created_by };
  });
}

export async function enrolmentState(
  db: Kysely<Database>,
  deviceId: string,
  mode: DeviceEnrolment,
): Promise<EnrolmentState> {
  const row = await db
    .selectFrom('enrolled_devices')
    .innerJoin('homes', 'homes.id', 'enrolled_devices.home_id')
    .select(['enrolled_devices.revoked_at', 'homes.id', 'homes.name'])
    .where('enrolled_devices.id', '=', deviceId)
    .executeTakeFirst();
  if (!row) return { state: 'not-enrolled', required: mode === 'required' };
  if (row.revoked_at) return { state: 'revoked', revokedAt: row.revoked_at };
  return { state: 'enrolled', home: { id: row.id, name: row.name } };
}

export type Standing = { ok: true } | { ok: false; error: 'not-enrolled' | 'revoked' | 'other-home' };

/**
 * Whether `device` may sign in for `homeId`. With enrolment 'open' (the demo only), a computer not
 * yet known is enrolled to the person's home here; a revoked one stays refused.
 */
export async function deviceStanding(
  db: Kysely<Database>,
  device: DeviceInfo,
  homeId: string,
  mode: DeviceEnrolment,
  now: Date,
): Promise<Standing> {
  const row = await db
    .selectFrom('enrolled_devices')
    .select(['home_id', 'revoked_at'])
    .where('id', '=', device.id)
    .executeTakeFirst();
  if (row?.revoked_at) return { ok: false, error: 'revoked' };
  if (row) return row.home_id === homeId ? { ok: true } : { ok: false, error: 'other-home' };
  if (mode === 'required') return { ok: false, error: 'not-enrolled' };
  await db
    .insertInto('enrolled_devices')
    .values({
      id: device.id,
      home_id: homeId,
      name: device.name,
      enrolled_at: now.toISOString(),
      enrolled_by: null,
      revoked_at: null,
      revoked_by: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return { ok: true };
}

/** Whether the session a token belongs to was on a revoked computer (whatever else ended it). */
export async function tokenOfRevokedDevice(
  db: Kysely<Database>,
  token: string,
  kind: 'access' | 'refresh',
): Promise<boolean> {
  const table = kind === 'access' ? 'access_tokens' : 'refresh_tokens';
  const row = await db
    .selectFrom(table)
    .innerJoin('sessions', 'sessions.id', `${table}.session_id`)
    .innerJoin('enrolled_devices', 'enrolled_devices.id', 'sessions.device_id')
    .select('enrolled_devices.revoked_at')
    .where(`${table}.token_hash`, '=', tokenHash(token))
    .executeTakeFirst();
  return Boolean(row?.revoked_at);
}

export async function listHomeDevices(db: Kysely<Database>, homeId: string): Promise<HomeDevice[]> {
  const rows = await db
    .selectFrom('enrolled_devices as d')
    .leftJoin('staff as enroller', 'enroller.id', 'd.enrolled_by')
    .leftJoin('staff as revoker', 'revoker.id', 'd.revoked_by')
    .select(['d.id', 'd.name', 'd.enrolled_at', 'd.revoked_at'])
    .select(['enroller.display_name as enrolled_by', 'revoker.display_name as revoked_by'])
    .select((eb) =>
      eb
        .selectFrom('devices')
        .select((s) => s.fn.max('devices.last_seen_at').as('seen'))
        .whereRef('devices.id', '=', 'd.id')
        .as('last_seen_at'),
    )
    .where('d.home_id', '=', homeId)
    .orderBy('d.enrolled_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    enrolledAt: r.enrolled_at,
    enrolledBy: r.enrolled_by ?? null,
    lastSeenAt: r.last_seen_at ?? null,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by ?? null,
  }));
}

/**
 * Revokes a computer of `homeId`: marked revoked, and every live session on it ended in the same
 * transaction, so its access and refresh tokens stop working at once. False if not in that home.
 */
export async function revokeDevice(
  db: Kysely<Database>,
  manager: { staffId: string; homeId: string },
  deviceId: string,
  now: Date,
): Promise<'revoked' | 'already-revoked' | 'not-found'> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('enrolled_devices')
      .select(['revoked_at'])
      .where('id', '=', deviceId)
      .where('home_id', '=', manager.homeId)
      .executeTakeFirst();
    if (!row) return 'not-found';
    if (row.revoked_at) return 'already-revoked';
    await trx
      .updateTable('enrolled_devices')
      .set({ revoked_at: at, revoked_by: manager.staffId })
      .where('id', '=', deviceId)
      .execute();
    await trx
      .updateTable('sessions')
      .set({ revoked_at: at, revoked_reason: 'device-revoked' })
      .where('device_id', '=', deviceId)
      .where('revoked_at', 'is', null)
      .execute();
    return 'revoked';
  });
}
