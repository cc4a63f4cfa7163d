import { useEffect } from 'react';
import type { WipeNotice } from '../../devices/wipe-notice.ts';
import { formatWhen } from '../../app/when.ts';

/**
 * Shown after Hearth wiped this computer because a manager revoked it (issue 7): says why, what
 * went, and how many documents the council had not received (wipe.ts says why those went too).
 */
export function WipedScreen({ notice, onContinue }: { notice: WipeNotice; onContinue(): void }) {
  useEffect(() => {
    document.title = 'This computer was removed from Hearth – Hearth';
  }, []);
  const documents = notice.unsent === 1 ? '1 document' : `${notice.unsent} documents`;
  return (
    <div className="govuk-grid-row" data-testid="wiped-screen">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">This computer was removed from Hearth</h1>
        <p className="govuk-body">
          A manager of your home revoked this computer. On {formatWhen(notice.at)} Hearth removed everything
          it kept here: saved records and documents, saved sign-ins and its keys.
        </p>
        {notice.unsent > 0 ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text" data-testid="wiped-unsent">
              <span className="govuk-visually-hidden">Warning</span>
              {documents} waiting to be sent had not reached the council and{' '}
              {notice.unsent === 1 ? 'was' : 'were'} removed too. Tell your manager, and upload{' '}
              {notice.unsent === 1 ? 'it' : 'them'} again from another computer.
            </strong>
          </div>
        ) : (
          <p className="govuk-body" data-testid="wiped-unsent">
            Every document queued on this computer had already reached the council.
          </p>
        )}
        <p className="govuk-body">
          To use Hearth on this computer again, a manager must enrol it with a new code.
        </p>
        <button type="button" className="govuk-button" onClick={onContinue}>
          Continue
        </button>
      </div>
    </div>
  );
}
