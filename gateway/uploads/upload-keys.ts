/**
 * Upload keys and the items they vouch for (issue 4: the engine sends "whoever is signed in, or none
 * (items keep their uploader)"; migration 1400). A person gets one random key per computer at each
 * online sign-in there (inside their offline grant, which the device keeps under their password).
 * When they queue an item, the device signs its metadata (`proof`) and its id (the item credential)
 * with that key. Later any session, or none, can carry the item: the gateway checks the credential
 * for each request and the proof on create, then acts for the UPLOADER, read fresh (role, training,
 * home), on the computer that queued it, which must still be enrolled to their home (not revoked).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  ITEM_AUTH_SCHEME,
  ItemCredential,
  itemCredentialText,
  uploadProofText,
  type UploadMetadata,
} from '../../shared/api/uploads.ts';
import type { SignedInPerson } from '../auth/bearer.ts';
import { loadPerson } from '../auth/person.ts';
import type { Database } from '../db/schema.ts';

interface UploadKeysTable {
  staff_id: string;
  device_id: string;
  key: string;
  created_at: string;
}
const withKeys = (db: Kysely<Database>) => db.withTables<{ upload_keys: UploadKeysTable }>();

/** This person's key on this computer, made at their first sign-in there. */
export async function uploadKeyFor(
  db: Kysely<Database>,
  staffId: string,
  deviceId: string,
  now: Date,
): Promise<string> {
  const keys = withKeys(db);
  await keys
    .insertInto('upload_keys')
    .values({
      staff_id: staffId,
      device_id: deviceId,
      key: randomBytes(32).toString('base64url'),
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['staff_id', 'device_id']).doNothing())
    .execute();
  const row = await keys
    .selectFrom('upload_keys')
    .select('key')
    .where('staff_id', '=', staffId)
    .where('device_id', '=', deviceId)
    .executeTakeFirstOrThrow();
  return row.key;
}

const mac = (key: string, text: string): Buffer =>
  createHmac('sha256', Buffer.from(key, 'base64url')).update(text, 'utf8').digest();

const sameMac = (expected: Buffer, given: string): boolean => {
  const bytes = Buffer.from(given, 'base64url');
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
};

/** The uploader an item credential stands for, with the key that checks its proof. */
export interface ItemCarrier {
  person: SignedInPerson;
  outboxId: string;
  key: string;
}

/** Reads `Authorization: HearthItem {token}`; null when the header is another scheme. */
export function itemCredentialOf(header: string | undefined): ItemCredential | 'malformed' | null {
  const [scheme, token, ...rest] = (header ?? '').trim().split(/\s+/);
  if (scheme !== ITEM_AUTH_SCHEME) return null;
  if (!token || rest.length > 0 || token.length > 1000) return 'malformed';
  try {
    const parsed = ItemCredential.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : 'malformed';
  } catch {
    return 'malformed';
  }
}

/**
 * The uploader an item credential vouches for, or why not: an unknown key, a wrong MAC, a computer
 * revoked or moved to another home, or a person no longer at that home.
 */
export async function authenticateItem(
  db: Kysely<Database>,
  credential: ItemCredential,
): Promise<ItemCarrier | 'refused' | 'device-revoked'> {
  const row = await withKeys(db)
    .selectFrom('upload_keys')
    .select('key')
    .where('staff_id', '=', credential.staffId)
    .where('device_id', '=', credential.deviceId)
    .executeTakeFirst();
  if (!row || !sameMac(mac(row.key, itemCredentialText(credential.outboxId)), credential.mac))
    return 'refused';
  const device = await db
    .selectFrom('enrolled_devices')
    .select(['home_id', 'revoked_at'])
    .where('id', '=', credential.deviceId)
    .executeTakeFirst();
  if (device?.revoked_at) return 'device-revoked';
  const person = await loadPerson(db, credential.staffId);
  if (!person || !device || device.home_id !== person.homeId) return 'refused';
  return {
    // No session: the item's own credential stands in for one, and is named so in any log.
    person: {
      ...person,
      staffId: credential.staffId,
      deviceId: credential.deviceId,
      sessionId: `item:${credential.outboxId}`,
    },
    outboxId: credential.outboxId,
    key: row.key,
  };
}

/** Whether `meta` is the item its uploader signed, unchanged, for this credential. */
export function proofHolds(carrier: ItemCarrier, meta: UploadMetadata): boolean {
  return (
    meta.proof !== undefined &&
    meta.outboxId === carrier.outboxId &&
    meta.uploaderStaffId === carrier.person.staffId &&
    meta.deviceId === carrier.person.deviceId &&
    sameMac(mac(carrier.key, uploadProofText(meta)), meta.proof)
  );
}

/**
 * A check of MACs made with this person's key on this computer (the audit proofs a revoked computer
 * sends before it wipes: shared/api/final-audit.ts), or null when they never had one there.
 */
export async function personKeyCheck(
  db: Kysely<Database>,
  staffId: string,
  deviceId: string,
): Promise<((text: string, given: string) => boolean) | null> {
  const row = await withKeys(db)
    .selectFrom('upload_keys')
    .select('key')
    .where('staff_id', '=', staffId)
    .where('device_id', '=', deviceId)
    .executeTakeFirst();
  return row ? (text, given) => sameMac(mac(row.key, text), given) : null;
}
