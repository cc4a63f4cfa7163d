/**
 * Offline unlock (issue 3). After an online sign-in the gateway's offline grant is kept on this
 * device under two locks: AES-GCM with a key from the person's password (PBKDF2, password-key.ts),
 * and that again under the device key from the host's key store. So the profile folder alone
 * opens nothing, and the right computer still needs the right password: a wrong one fails
 * AES-GCM's check. The grant's signature, person, device and expiry are checked after opening.
 */
import { z } from 'zod';
import { OfflineGrant, type OfflineGrantPayload } from '../../shared/api/session.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { openBytes, packSealed, sealBytes, StoredBytes, unpackSealed } from '../db/aes-gcm.ts';
import { database } from '../db/database.ts';
import { thisDevice } from '../db/device-identity.ts';
import { deviceKeys } from '../db/device-key.ts';
import { checkGrant } from './grant-check.ts';
import { PBKDF2_ITERATIONS, passwordKey, SALT_BYTES } from './password-key.ts';

export type UnlockError = 'not-known-here' | 'wrong-password' | 'expired' | 'no-key-store' | 'unusable';

const Row = z.object({
  username: z.string(),
  staffId: z.string(),
  /** The person's home when saved, so a wrong password here is audited against them (absent in older rows). */
  homeId: z.string().optional(),
  salt: StoredBytes,
  iterations: z.number().int().min(310_000),
  iv: StoredBytes,
  data: StoredBytes,
  savedAt: z.string(),
});

const normal = (username: string) => username.trim().toLowerCase();
const encoder = new TextEncoder();
const decoder = new TextDecoder();
// The username is bound into both layers: a row moved under another name does not open.
const innerContext = (username: string) => `hearth/offline-grant/password/${username}`;
const outerContext = (username: string) => `hearth/offline-grant/device/${username}`;

const SIGN_IN_ONLINE = 'Connect to the internet and sign in to carry on.';

/** Keeps `grant` so `username` can unlock here offline; false if this device cannot keep it safely. */
export async function saveOfflineGrant(
  username: string,
  password: string,
  staff: { id: string; homeId: string },
  grant: OfflineGrant,
): Promise<boolean> {
  const keys = await deviceKeys();
  if (!keys.available) return false;
  const name = normal(username);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const key = await passwordKey(password, salt, PBKDF2_ITERATIONS);
  const inner = await sealBytes(key, encoder.encode(JSON.stringify(grant)), innerContext(name));
  const outer = await sealBytes(keys.keys.aes, packSealed(inner), outerContext(name));
  const row = {
    username: name,
    staffId: staff.id,
    homeId: staff.homeId,
    salt,
    iterations: PBKDF2_ITERATIONS,
    ...outer,
    savedAt: new Date().toISOString(),
  };
  await database().offlineSignIns.put(row);
  return true;
}

/**
 * Whom a saved sign-in on this computer is for, without opening it: a failed unlock is recorded
 * against that person (001: logged against each staff member's account). Null when nobody with this
 * username signed in here (there is nobody to attribute it to) or the row predates the home id.
 */
export async function savedSignInPerson(username: string): Promise<{ id: string; homeId: string } | null> {
  const row = Row.safeParse(
    await database()
      .offlineSignIns.get(normal(username))
      .catch(() => undefined),
  );
  if (!row.success || row.data.homeId === undefined) return null;
  return { id: row.data.staffId, homeId: row.data.homeId };
}

/** Whether anyone has signed in on this device before, so the screen can offer "Unlock Hearth". */
export async function anyOfflineSignIns(): Promise<boolean> {
  try {
    return (await database().offlineSignIns.count()) > 0;
  } catch {
    return false;
  }
}

async function openGrant(
  row: z.infer<typeof Row>,
  password: string,
): Promise<Result<OfflineGrant, UnlockError>> {
  const keys = await deviceKeys();
  if (!keys.available) return fail('no-key-store', keys.reason);
  const innerPacked = await openBytes(keys.keys.aes, row, outerContext(row.username));
  const inner = innerPacked && unpackSealed(innerPacked);
  if (!inner)
    return fail('unusable', `Hearth cannot read the saved sign-in on this computer. ${SIGN_IN_ONLINE}`);
  const key = await passwordKey(password, row.salt, row.iterations);
  const plain = await openBytes(key, inner, innerContext(row.username));
  if (!plain)
    return fail('wrong-password', 'The password is not right. Enter the password you sign in with.');
  try {
    const grant = OfflineGrant.safeParse(JSON.parse(decoder.decode(plain)));
    if (grant.success) return ok(grant.data);
  } catch {
    // falls through to "cannot read"
  }
  return fail('unusable', `Hearth cannot read the saved sign-in on this computer. ${SIGN_IN_ONLINE}`);
}

/** Opens and checks the saved grant; its profile is who is signed in, read only from the cache. */
export async function unlockOffline(
  username: string,
  password: string,
): Promise<Result<OfflineGrantPayload & Pick<OfflineGrant, 'uploadKey'>, UnlockError>> {
  const name = normal(username);
  const row = Row.safeParse(
    await database()
      .offlineSignIns.get(name)
      .catch(() => undefined),
  );
  if (!row.success) {
    return fail(
      'not-known-here',
      `${username.trim()} has not signed in on this computer before, so Hearth cannot unlock without a connection. ${SIGN_IN_ONLINE}`,
    );
  }
  const grant = await openGrant(row.data, password);
  if (!grant.ok) return grant;
  const device = await thisDevice();
  const checked = await checkGrant(grant.value, {
    staffId: row.data.staffId,
    deviceId: device.id,
    now: new Date(),
  });
  // The upload key travels in the sealed grant, beside what the gateway signed (issue 4).
  if (checked.ok) return ok({ ...checked.value, uploadKey: grant.value.uploadKey });
  if (checked.error === 'expired') return fail('expired', `${checked.message} ${SIGN_IN_ONLINE}`);
  return fail('unusable', `${checked.message} ${SIGN_IN_ONLINE}`);
}
