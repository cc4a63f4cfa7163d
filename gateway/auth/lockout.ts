/**
 * Lockout after repeated failed sign-ins (issue 3: "lockout after repeated failures with a clear
 * message"). Counted per username typed, whether or not it exists, so a locked answer reveals no
 * more than a wrong-password answer does. A failure more than LOCK_MS after the previous one starts
 * a new count; the fifth in a row locks the username for LOCK_MS.
 */
import type { Kysely } from 'kysely';
import { MINUTE, isoAfter } from '../clock.ts';
import type { Database } from '../db/schema.ts';

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * MINUTE;

/** When the username is locked until, or null when it is not locked at `now`. */
export async function lockedUntil(db: Kysely<Database>, username: string, now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .select('locked_until')
    .where('username', '=', username)
    .executeTakeFirst();
  const until = row?.locked_until ? new Date(row.locked_until) : null;
  return until && until > now ? until : null;
}

/** Counts a failure; returns when the username is now locked until, if this failure locked it. */
export async function recordFailure(db: Kysely<Database>, username: string, now: Date): Promise<Date | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('sign_in_throttle')
      .select(['failures', 'last_failed_at'])
      .where('username', '=', username)
      .executeTakeFirst();
    const recent = row !== undefined && now.getTime() - Date.parse(row.last_failed_at) < LOCK_MS;
    const failures = (recent ? row.failures : 0) + 1;
    const locks = failures >= MAX_FAILURES;
    const values = {
      failures: locks ? 0 : failures,
      last_failed_at: now.toISOString(),
      locked_until: locks ? isoAfter(now, LOCK_MS) : null,
    };
    await trx
      .insertInto('sign_in_throttle')
      .values({ username, ...values })
      .onConflict((oc) => oc.column('username').doUpdateSet(values))
      .execute();
    return locks ? new Date(values.locked_until ?? '') : null;
  });
}

export async function clearFailures(db: Kysely<Database>, username: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('username', '=', username).execute();
}

const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/**
 * "…locked until 09:21 on Wednesday 25 November 2026 (UK time)…". The time shown is rounded up to
 * the minute, so someone who waits until the time given is never still locked out.
 */
export function lockedMessage(until: Date): string {
  const shown = new Date(Math.ceil(until.getTime() / MINUTE) * MINUTE);
  const date = DATE.format(shown).replace(',', '');
  return (
    `Too many failed sign-ins: this account is locked until ${TIME.format(shown)} on ${date} (UK time). ` +
    'Try again then, or ask your manager if you need to sign in sooner.'
  );
}

/** Whole seconds until `until`, for the Retry-After header. */
export const retryAfterSeconds = (until: Date, now: Date): number =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
