import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The second step of an action that is recorded or cannot be undone, asked in place rather than in
 * a modal. Focus moves to the question, so a screen reader reads it and the next Tab reaches "Yes";
 * "No" hands focus back to the screen (done by the screen). A `warning` question is GOV.UK warning
 * text, and its "Yes" a warning button, for an action that throws something away.
 */
export function ConfirmStep({
  id,
  testId,
  question,
  warning = false,
  yes,
  busyYes,
  no,
  busy,
  onYes,
  onNo,
}: {
  id: string;
  testId: string;
  question: ReactNode;
  warning?: boolean;
  yes: string;
  /** What "Yes" says while the answer is being recorded. */
  busyYes: string;
  no: string;
  busy: boolean;
  onYes(): void;
  onNo(): void;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="hearth-confirm" role="group" aria-labelledby={id} data-testid={testId}>
      {warning ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <p className="govuk-warning-text__text hearth-confirm__question" id={id} tabIndex={-1} ref={ref}>
            <span className="govuk-visually-hidden">Warning</span>
            {question}
          </p>
        </div>
      ) : (
        <p className="govuk-body hearth-confirm__question" id={id} tabIndex={-1} ref={ref}>
          {question}
        </p>
      )}
      <div className="govuk-button-group">
        <button
          type="button"
          className={`govuk-button${warning ? ' govuk-button--warning' : ''}`}
          onClick={onYes}
          aria-disabled={busy || undefined}
        >
          {busy ? busyYes : yes}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
