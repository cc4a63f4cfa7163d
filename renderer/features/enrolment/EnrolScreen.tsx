import { useEffect, useState, type FormEvent } from 'react';
import { enrolThisComputer } from '../../devices/enrolment.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';

const FIELD_ID = 'enrolment-code';

/**
 * First start on a computer the gateway does not know (issue 7 "Data at rest": "enrolled to one home
 * by a manager with a one-time code"): someone types the code a manager of the home made in Hearth's
 * Settings, under the computers of the home (HomeComputers.tsx). Then the sign-in screen follows.
 */
export function EnrolScreen() {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${problem ? 'Error: ' : ''}Enrol this computer – Hearth`;
  }, [problem]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (code.trim() === '') {
      setProblem('Enter the enrolment code your manager gave you');
      setFailures((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await enrolThisComputer(code);
    if (result.ok) return; // the sign-in screen follows
    setBusy(false);
    setProblem(result.message);
    setFailures((n) => n + 1);
  }

  const errorId = `${FIELD_ID}-error`;
  return (
    <div className="govuk-grid-row" data-testid="enrol-screen">
      <div className="govuk-grid-column-two-thirds">
        {problem && <ErrorSummary items={[{ text: problem, fieldId: FIELD_ID }]} attempt={failures} />}
        <h1 className="govuk-heading-l">Enrol this computer</h1>
        <p className="govuk-body">
          Before anyone can sign in to Hearth on this computer, it must be enrolled to your home. A registered
          or assistant manager makes a one-time code in Hearth’s Settings, under the computers of your home.
          The code works once, for 15 minutes.
        </p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={FIELD_ID}>
              Enrolment code
            </label>
            <div className="govuk-hint" id={`${FIELD_ID}-hint`}>
              8 letters and numbers, for example K7QM-4XPD
            </div>
            {problem && (
              <p id={errorId} className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {problem}
              </p>
            )}
            <input
              className={`govuk-input govuk-input--width-10${problem ? ' govuk-input--error' : ''}`}
              id={FIELD_ID}
              name={FIELD_ID}
              type="text"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              aria-describedby={`${FIELD_ID}-hint${problem ? ` ${errorId}` : ''}`}
            />
          </div>
          <button type="submit" className="govuk-button" aria-disabled={busy || undefined}>
            {busy ? 'Enrolling…' : 'Enrol this computer'}
          </button>
        </form>
      </div>
    </div>
  );
}
