import { LockNowButton } from '../features/lock/LockScreen.tsx';
import { confirmLeaveWhileQueued, SyncStatusBar } from '../features/uploads/index.ts';
import { useSession } from '../session/session-store.ts';
import { useUiStore } from './ui-store.ts';

/**
 * GOV.UK's generic header with the service name only: Hearth is a council service, not GOV.UK, so
 * it carries no crown and no GOV.UK logo. Once someone is signed in it says who, in which home,
 * and offers "Sign out" on every screen (a shared office computer must be easy to leave safely).
 */
export function Header() {
  const staff = useSession((s) => s.staff);
  const signOut = useSession((s) => s.signOut);
  const locked = useSession((s) => s.locked);
  const setLeaveWarning = useUiStore((s) => s.setLeaveWarning);
  // Documents waiting to be sent are never lost by signing out, but staff are told first (issue 4).
  const askThenSignOut = async () => {
    const waiting = await confirmLeaveWhileQueued();
    if (waiting) setLeaveWarning(waiting.message);
    else await signOut();
  };
  return (
    <header className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container hearth-header">
        <div className="govuk-generic-header__logo">
          <span className="hearth-header__service-name">Hearth</span>
        </div>
        {staff && (
          <div className="hearth-header__person">
            <p className="hearth-header__who" data-testid="signed-in-as">
              <span className="govuk-visually-hidden">Signed in as </span>
              <strong>{staff.name}</strong>, {staff.roleLabel}, {staff.home.name}
            </p>
            {!locked && <LockNowButton />}
            <button
              type="button"
              className="govuk-button govuk-button--secondary hearth-header__sign-out"
              onClick={() => void askThenSignOut()}
            >
              Sign out
            </button>
          </div>
        )}
      </div>
      <SyncStatusBar />
    </header>
  );
}
