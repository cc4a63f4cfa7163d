import { useEffect, useRef } from 'react';

/**
 * The second step of "I have marked the hard copy" (a marking is recorded against the person and
 * cannot be undone, so it is confirmed). Focus moves to the question, so a screen reader reads it
 * and the next Tab reaches "Yes"; "No" hands focus back to the screen (done by the screen).
 */
export function MarkConfirm({
  id,
  note,
  title,
  busy,
  onYes,
  onNo,
}: {
  id: string;
  note: string;
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
    <div className="hearth-confirm" role="group" aria-labelledby={id} data-testid="confirm-marked">
      <p className="govuk-body hearth-confirm__question" id={id} tabIndex={-1} ref={question}>
        Have you written “{note}” on the hard copy of “{title}”?
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={onYes} aria-disabled={busy || undefined}>
          {busy ? 'Recording…' : 'Yes, the hard copy is marked'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onNo}>
          No, not yet
        </button>
      </div>
    </div>
  );
}
