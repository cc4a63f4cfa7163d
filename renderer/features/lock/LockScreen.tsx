import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useUiStore } from '../../app/ui-store.ts';
import { lockSession, unlockSession } from '../../session/lock.ts';
import { confirmLeaveWhileQueued } from '../uploads/index.ts';
import { useSession } from '../../session/session-store.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/TextField.tsx';

/**
 * Shown instead of every screen while Hearth is locked (issue 7 "Sessions"; 003: locked when staff
 * step away). It names only who is signed in, never a child: the records screens are unmounted,
 * so no child's name or Mosaic number is left in the page. The same person unlocks with their
 * password (checked on this computer, so it works offline too); anyone else signs out first and
 * signs in as themselves (000: own account). Sending queued documents and audit events goes on.
 */
export function LockScreen() {
  const staff = useSession((s) => s.staff);
  const signOut = useSession((s) => s.signOut);
  const setLeaveWarning = useUiStore((s) => s.setLeaveWarning);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<{ text: string; fieldId?: string } | null>(null);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${problem ? 'Error: ' : ''}Hearth is locked – Hearth`;
  }, [problem]);
  // The screen changed under the person: start them at its heading (WCAG 2.4.3 Focus Order).
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (password === '') {
      setProblem({ text: 'Enter your password', fieldId: 'lock-password' });
      setFailures((n) => n + 1);
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await unlockSession(password);
    if (result.ok || result.error === 'signed-out') return; // this screen is about to go
    setBusy(false);
    setPassword('');
    setProblem(
      result.error === 'wrong-password'
        ? { text: result.message, fieldId: 'lock-password' }
        : { text: result.message },
    );
    setFailures((n) => n + 1);
  }

  // As the header's "Sign out": documents waiting to be sent are kept, but staff are told first (issue 4).
  async function askThenSignOut() {
    const waiting = await confirmLeaveWhileQueued();
    if (waiting) setLeaveWarning(waiting.message);
    else await signOut();
  }

  if (!staff) return null;
  return (
    <div className="govuk-grid-row" data-testid="lock-screen">
      <div className="govuk-grid-column-two-thirds">
        {problem && <ErrorSummary items={[problem]} attempt={failures} />}
        <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
          Hearth is locked
        </h1>
        <p className="govuk-body">
          {staff.name} is signed in. Hearth locked because nobody used it for a while, or the computer was
          locked. Documents and records go on syncing while it is locked.
        </p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id="lock-password"
            label={`Password for ${staff.username}`}
            type="password"
            value={password}
            onChange={setPassword}
            error={problem?.fieldId ? problem.text : undefined}
            autoComplete="current-password"
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" aria-disabled={busy || undefined}>
              {busy ? 'Unlocking…' : 'Unlock'}
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => void askThenSignOut()}
            >
              Not {staff.name}? Sign out
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** "Lock Hearth" in the header: step away safely without signing out. */
export function LockNowButton() {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary hearth-header__sign-out"
      onClick={() => lockSession('by-request')}
    >
      Lock
    </button>
  );
}
