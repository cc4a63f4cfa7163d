import { useEffect, useRef } from 'react';

/**
 * The second step of "Cancel" (issue 4: cancel only before received, with a confirmation). Focus
 * moves to the question, so a screen reader reads it and the next Tab reaches "Yes"; "No" puts
 * focus back on the item's Cancel button (done by the queue screen).
 */
export function ConfirmCancel({
  id,
  title,
  busy,
  onYes,
  onNo,
}: {
  id: string;
  title: string;
  busy: boolean;
  onYes(): void;
  onNo(): void;
}) {
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    question.current?.focus();
  }, []);
  return (
    <div className="hearth-confirm" role="group" aria-labelledby={id} data-testid="confirm-cancel">
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="govuk-warning-text__text hearth-confirm__question" id={id} tabIndex={-1} ref={question}>
          <span className="govuk-visually-hidden">Warning</span>
          Cancel sending “{title}”? It will be removed from this computer and will not be sent to the council.
        </p>
      </div>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          onClick={onYes}
          aria-disabled={busy || undefined}
        >
          {busy ? 'Cancelling…' : 'Yes, cancel sending'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onNo}>
          No, keep it
        </button>
      </div>
    </div>
  );
}
