import { useEffect, useState } from 'react';
import { useUiStore } from '../../app/ui-store.ts';
import { anyOfflineSignIns } from '../../session/offline-sign-ins.ts';
import { useSession } from '../../session/session-store.ts';
import { signInOnline, unlock } from '../../session/sign-in.ts';
import { CredentialsForm } from './CredentialsForm.tsx';

/** Problems after which the password should be typed again rather than resubmitted as it is. */
const RETYPE = new Set(['wrong-credentials', 'wrong-password']);

/**
 * The way in. Online it is "Sign in to Hearth": every person uses their own account (000, 001).
 * With no connection, for people who signed in on this computer before, it becomes "Unlock
 * Hearth": the password opens the offline grant kept here, and records come from this device.
 */
export function SignInScreen() {
  const connection = useUiStore((s) => s.connection);
  const notice = useSession((s) => s.signedOutNotice);
  // null until the device has been asked: offline, the screen waits for the answer rather than
  // showing "Sign in" for a moment and then turning into "Unlock".
  const [knownHere, setKnownHere] = useState<boolean | null>(null);

  useEffect(() => {
    let stopped = false;
    void anyOfflineSignIns().then((known) => {
      if (!stopped) setKnownHere(known);
    });
    return () => {
      stopped = true;
    };
  }, [connection]);

  const banner = notice && (
    <div className="govuk-notification-banner" role="region" aria-labelledby="signed-out-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="signed-out-title">
          Signed out
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{notice}</p>
      </div>
    </div>
  );

  if (connection === 'offline' && knownHere === null) return banner || null;
  // Both forms have ONE key, so what the person typed stays when the connection comes or goes while
  // they type (a home's line drops often): the screen changes its title and action, not their words.
  if (connection === 'offline' && knownHere) {
    return (
      <>
        {banner}
        <CredentialsForm
          key="credentials"
          title="Unlock Hearth"
          pageTitle="Unlock Hearth"
          intro={
            <p className="govuk-body">
              There is no connection. If you have signed in on this computer recently, enter your username and
              password to read the records saved here.
            </p>
          }
          submitLabel="Unlock"
          busyLabel="Unlocking…"
          attempt={async (username, password) => {
            const result = await unlock(username, password);
            return result.ok ? null : { problem: result.message, clearPassword: RETYPE.has(result.error) };
          }}
        />
      </>
    );
  }
  return (
    <>
      {banner}
      <CredentialsForm
        key="credentials"
        title="Sign in to Hearth"
        pageTitle="Sign in"
        intro={
          <p className="govuk-body">Use your own account. Do not share it or sign in for someone else.</p>
        }
        submitLabel="Sign in"
        busyLabel="Signing in…"
        attempt={async (username, password) => {
          const result = await signInOnline(username, password);
          return result.ok ? null : { problem: result.message, clearPassword: RETYPE.has(result.error) };
        }}
      />
    </>
  );
}
