import { useEffect, useRef } from 'react';

/**
 * For the shell: the confirmation it shows on sign-out (or quit, in a browser) when
 * `confirmLeaveWhileQueued()` answered a warning. GOV.UK warning text and a button group; the
 * warning takes focus when it appears, so keyboard and screen reader users meet it at once.
 */
export function LeaveWhileQueued({
  message,
  leaveLabel = 'Sign out anyway',
  stayLabel = 'Stay signed in',
  onLeave,
  onStay,
}: {
  message: string;
  leaveLabel?: string;
  stayLabel?: string;
  onLeave(): void;
  onStay(): void;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div role="group" aria-labelledby="leave-warning-text" data-testid="leave-warning">
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="govuk-warning-text__text" id="leave-warning-text" tabIndex={-1} ref={ref}>
          <span className="govuk-visually-hidden">Warning</span>
          {message}
        </p>
      </div>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onLeave}>
          {leaveLabel}
        </button>
        <button type="button" className="govuk-button" onClick={onStay}>
          {stayLabel}
        </button>
      </div>
    </div>
  );
}
