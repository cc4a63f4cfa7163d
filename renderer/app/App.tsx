import { useEffect, useRef, useState } from 'react';
import { checkEnrolment, useEnrolment } from '../devices/enrolment.ts';
import { dismissWipeNotice, wipeNotice } from '../devices/wipe-notice.ts';
import { EnrolScreen } from '../features/enrolment/EnrolScreen.tsx';
import { WipedScreen } from '../features/enrolment/WipedScreen.tsx';
import { LockScreen } from '../features/lock/LockScreen.tsx';
import { SignInScreen } from '../features/sign-in/SignInScreen.tsx';
import { LeaveWhileQueued, useQueueDrainNotifier, useQuitWarning } from '../features/uploads/index.ts';
import { startOutboxSync } from '../sync/start-sync.ts';
import { useSession } from '../session/session-store.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { SignedInArea } from './SignedInArea.tsx';
import { keepAppForOffline } from './offline-shell.ts';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';
import { useUiStore } from './ui-store.ts';
import { useAuditShipping } from './use-audit-shipping.ts';
import { useAutoLock } from './use-auto-lock.ts';
import { useConnectionWatch } from './use-connection-watch.ts';
import { useHostInfo } from './use-host-info.ts';

/**
 * Signing in or out replaces the whole screen: focus goes to the main content so keyboard and
 * screen reader users start at the top of the new screen, and after sign-out the address no
 * longer points at the last child someone looked at.
 */
function useSessionChanges(): void {
  const status = useSession((s) => s.status);
  const previous = useRef(status);
  useEffect(() => {
    // Not on first load: there the skip link must stay the first thing Tab reaches.
    if (previous.current === status) return;
    previous.current = status;
    if (status === 'signed-out' && window.location.hash) {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [status]);
}

function Screen() {
  const gatewayUrl = useUiStore((s) => s.gatewayUrl);
  const hostProblem = useUiStore((s) => s.hostProblem);
  const signedIn = useSession((s) => s.status === 'signed-in');
  const locked = useSession((s) => s.locked);
  const standing = useEnrolment((s) => s.standing);
  const [wiped, setWiped] = useState(wipeNotice);
  if (hostProblem) {
    return (
      <>
        <h1 className="govuk-heading-l">Hearth cannot start</h1>
        <p className="govuk-body">{hostProblem}</p>
      </>
    );
  }
  if (!gatewayUrl) return null;
  if (!signedIn) {
    // Issue 7: after a revocation, say why first; a computer not enrolled asks for a manager's code.
    if (wiped) {
      const onContinue = () => {
        dismissWipeNotice();
        setWiped(null);
      };
      return <WipedScreen notice={wiped} onContinue={onContinue} />;
    }
    return standing === 'needs-code' ? <EnrolScreen /> : <SignInScreen />;
  }
  // Locked: the records screens are unmounted, so no child's data is left on screen or in the page.
  return locked ? <LockScreen /> : <SignedInArea />;
}

/** The warning asked for by the header's "Sign out" while documents wait to be sent. */
function LeaveWarning() {
  const message = useUiStore((s) => s.leaveWarning);
  const setLeaveWarning = useUiStore((s) => s.setLeaveWarning);
  const signOut = useSession((s) => s.signOut);
  if (!message) return null;
  return (
    <LeaveWhileQueued
      message={message}
      onLeave={() => {
        setLeaveWarning(null);
        void signOut();
      }}
      onStay={() => setLeaveWarning(null)}
    />
  );
}

export function App() {
  useHostInfo();
  const gatewayUrl = useUiStore((s) => s.gatewayUrl);
  useConnectionWatch(gatewayUrl);
  useQueueDrainNotifier();
  useQuitWarning();
  // The outbox is sent whenever Hearth is open and online, whoever is signed in (issue 4): items
  // wait for their own uploader's session, and the engine's code loads as its own chunk.
  useEffect(() => {
    if (gatewayUrl) void startOutboxSync();
  }, [gatewayUrl]);
  // Issue 7: at start, whether this computer is enrolled, or was revoked (then it wipes at once).
  useEffect(() => {
    if (gatewayUrl) void checkEnrolment();
  }, [gatewayUrl]);
  useAuditShipping();
  useAutoLock();
  useSessionChanges();
  useEffect(keepAppForOffline, []);
  return (
    <>
      <SkipLink />
      <Header />
      <div className="govuk-width-container">
        <ConnectionStatus />
        <main className="govuk-main-wrapper" id={MAIN_ID} tabIndex={-1}>
          <LeaveWarning />
          <Screen />
        </main>
      </div>
      <Footer />
    </>
  );
}
