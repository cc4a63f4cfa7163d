/**
 * Locking and unlocking the screen (issue 7 "Sessions"; 003: what a device shows is locked when staff
 * step away). Locking keeps the session (tokens, refresh timer, outbox sync, audit shipping go on);
 * the app shows the lock screen instead of any record. Unlocking needs the same person's password:
 * checked on this computer with the offline grant (so it works without a connection), or, where no
 * grant is kept here, by signing in again at the gateway. Both are audit events (001: logged).
 */
import type { SystemLockReason } from '../../shared/bridge/schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { unlockOffline } from './offline-sign-ins.ts';
import { endSessionBecause, setLocked, useSession } from './session-store.ts';
import { signInOnline } from './sign-in.ts';

export type LockReason = 'idle' | 'by-request' | SystemLockReason;

/** Wrong passwords on the lock screen before Hearth signs the person out instead. */
export const MAX_UNLOCK_TRIES = 5;

export const TOO_MANY_TRIES_NOTICE =
  'Hearth signed you out after 5 wrong passwords on the lock screen. Sign in again to carry on.';

let wrongTries = 0;

function record(action: 'lock' | 'unlock' | 'sign-in-failed' | 'sign-out', detail: string): Promise<void> {
  const offline = useSession.getState().mode === 'offline';
  // Kept on this computer until the gateway has it; a failure to write must not stop the lock.
  return recordAuditEvent({ action, childId: null, detail, offline }).catch(() => undefined);
}

/** Locks now, if someone is signed in and it is not locked already. */
export function lockSession(reason: LockReason): void {
  const { status, locked } = useSession.getState();
  if (status !== 'signed-in' || locked) return;
  // Recorded while still the signed-in person's session, before the screen changes.
  void record('lock', reason);
  wrongTries = 0;
  setLocked(true);
}

export type UnlockProblem = 'wrong-password' | 'signed-out' | 'cannot-check';

/**
 * Opens the lock with the signed-in person's password. Only that person can unlock: the username is
 * theirs, not typed, so someone else must sign out and sign in as themselves (000: own account).
 */
export async function unlockSession(password: string): Promise<Result<void, UnlockProblem>> {
  const { staff, mode, status } = useSession.getState();
  if (status !== 'signed-in' || !staff) return fail('signed-out', 'You are not signed in.');
  const opened = await unlockOffline(staff.username, password);
  if (opened.ok && opened.value.staffId === staff.id) {
    void record('unlock', 'password checked on this computer');
    setLocked(false);
    return ok(undefined);
  }
  if (!opened.ok && opened.error !== 'wrong-password' && mode === 'online') {
    // No usable saved sign-in on this computer (no key store, an expired grant): the gateway checks
    // the password instead, and the session starts afresh for the same person.
    const signedIn = await signInOnline(staff.username, password);
    if (signedIn.ok) {
      void record('unlock', 'password checked by the gateway');
      return ok(undefined);
    }
    if (signedIn.error !== 'wrong-credentials') return fail('cannot-check', signedIn.message);
  } else if (!opened.ok && opened.error !== 'wrong-password') {
    return fail('cannot-check', opened.message);
  }
  wrongTries += 1;
  // Issue 7: each wrong password on the lock screen is a failed sign-in against the person (001).
  await record('sign-in-failed', `wrong password on the lock screen (${wrongTries} of ${MAX_UNLOCK_TRIES})`);
  if (wrongTries >= MAX_UNLOCK_TRIES) {
    wrongTries = 0;
    // Recorded before the session ends, so it is still theirs and is sent with the sign-out.
    await record(
      'sign-out',
      `signed out by Hearth after ${MAX_UNLOCK_TRIES} wrong passwords on the lock screen`,
    );
    await endSessionBecause(TOO_MANY_TRIES_NOTICE);
    return fail('signed-out', TOO_MANY_TRIES_NOTICE);
  }
  return fail('wrong-password', 'The password is not right. Enter the password you sign in with.');
}
