/**
 * The sign-in events only this computer sees (issue 7 "Sessions"; 001: "All entries ... are
 * digitally logged against each staff member's account"): the offline unlock, a wrong password at
 * "Unlock Hearth", and a sign-out made offline. The gateway records online sign-ins and sign-outs
 * itself; these wait on the device, chained like every device event, until the person next signs
 * in online (audit-shipper.ts).
 */
import { onBeforeSignOut, useSession } from '../session/session-store.ts';
import { savedSignInPerson, type UnlockError } from '../session/offline-sign-ins.ts';
import { recordAuditEvent, recordAuditEventFor } from './audit-log.ts';

/** Kept short: the detail is read by managers in the audit screen. */
const UNLOCK_FAILURE: Record<UnlockError, string | null> = {
  'wrong-password': 'wrong password at "Unlock Hearth"',
  expired: 'saved sign-in expired at "Unlock Hearth"',
  unusable: 'saved sign-in unreadable at "Unlock Hearth"',
  // Nobody with this username signed in here, or no key store: nobody to attribute it to.
  'not-known-here': null,
  'no-key-store': null,
};

const loud = (action: string) => (error: unknown) => {
  // A sign-in that is not logged breaks 001; the e2e tests fail on console errors.
  console.error(`Hearth could not record the audit event "${action}"`, error);
};

/** After "Unlock Hearth" opened the saved sign-in: the session has started (offline). */
export function auditOfflineSignIn(): Promise<void> {
  return recordAuditEvent({
    action: 'sign-in-offline',
    childId: null,
    detail: 'password checked on this computer',
    offline: true,
  }).catch(loud('sign-in-offline'));
}

/** "Unlock Hearth" refused: recorded against the person the saved sign-in is for, if any. */
export async function auditFailedUnlock(username: string, error: UnlockError): Promise<void> {
  const detail = UNLOCK_FAILURE[error];
  if (detail === null) return;
  const person = await savedSignInPerson(username).catch(() => null);
  if (!person) return;
  await recordAuditEventFor(person, { action: 'sign-in-failed', childId: null, detail, offline: true }).catch(
    loud('sign-in-failed'),
  );
}

// An offline sign-out never reaches the gateway as a DELETE /session: the device records it, while
// the person is still signed in to attribute it to. A sign-out Hearth forced records its own reason.
onBeforeSignOut(async ({ asked }) => {
  if (!asked || useSession.getState().mode !== 'offline') return;
  await recordAuditEvent({
    action: 'sign-out',
    childId: null,
    detail: 'signed out offline',
    offline: true,
  }).catch(loud('sign-out'));
});
