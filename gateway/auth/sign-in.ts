/**
 * Checking a username and password (guidance 000: each person signs in with their own account).
 * An unknown username is answered exactly as a wrong password, and takes as long: its password is
 * checked against a dummy scrypt hash of the same cost, so timing cannot tell which usernames exist.
 * A locked username is refused before its password is checked, known or not.
 */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { MINUTE } from '../clock.ts';
import { LOCK_MS, MAX_FAILURES, clearFailures, lockedUntil, recordFailure } from './lockout.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

/** Whose account was tried: nulls when the username matches nobody (only the audit knows that). */
export interface Tried {
  staffId: string | null;
  homeId: string | null;
}

export type Credentials =
  | { outcome: 'signed-in'; staffId: string }
  /** `lockedUntil` is set when this failure was the one that locked the username. */
  | ({ outcome: 'wrong'; lockedUntil: Date | null } & Tried)
  | ({ outcome: 'locked'; until: Date } & Tried);

export const WRONG_CREDENTIALS =
  'The username or password is not right. Check both and try again: after ' +
  `${MAX_FAILURES} failed attempts in a row the account is locked for ${LOCK_MS / MINUTE} minutes.`;

export interface CredentialChecker {
  check(username: string, password: string, now: Date): Promise<Credentials>;
}

/** `verify` is injectable so a test can prove an unknown username still costs one full scrypt. */
export function credentialChecker(db: Kysely<Database>, verify = verifyPassword): CredentialChecker {
  // Made once at start-up, so even the first unknown username costs one scrypt, not two.
  const dummyHash = hashPassword(randomBytes(18).toString('base64url'));

  const findStaff = (username: string) =>
    db
      .selectFrom('staff')
      .select(['id', 'home_id', 'password_hash'])
      .where(sql<string>`lower(username)`, '=', username)
      .executeTakeFirst();

  return {
    async check(username, password, now) {
      const staff = await findStaff(username);
      const tried = { staffId: staff?.id ?? null, homeId: staff?.home_id ?? null };
      const locked = await lockedUntil(db, username, now);
      if (locked) return { outcome: 'locked', until: locked, ...tried };
      const matches = await verify(password, staff?.password_hash ?? (await dummyHash));
      if (staff && matches) {
        await clearFailures(db, username);
        return { outcome: 'signed-in', staffId: staff.id };
      }
      const lockedNow = await recordFailure(db, username, now);
      return { outcome: 'wrong', lockedUntil: lockedNow, ...tried };
    },
  };
}
