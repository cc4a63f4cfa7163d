/**
 * "Why do you need access?" (002 §6.2: access to a restricted record is asked for "providing the
 * reason why they need access to the file"). Checked with the gateway's own rule (AccessReason);
 * a failed submit shows the GOV.UK error summary, which takes focus and links to the field.
 */
import { useState, type FormEvent } from 'react';
import type { AccessRequestAnswer } from '../../../../shared/api/access-requests.ts';
import { AccessReason, REASON_MAX } from '../../../../shared/domain/access-requests.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary.tsx';
import { describedBy, ErrorMessage } from '../../../ui/controls/field.tsx';
import { requestAccess } from './access-request-api.ts';

const FIELD_ID = 'access-reason';

export function AccessRequestForm(props: {
  childId: string;
  name: string;
  onSent(answer: AccessRequestAnswer): void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = AccessReason.safeParse(reason);
    setError(parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Enter why you need access'));
    setProblem(null);
    setAttempt((n) => n + 1);
    if (!parsed.success) return;
    setBusy(true);
    const answer = await requestAccess(props.childId, parsed.data);
    setBusy(false);
    if (answer.ok) props.onSent(answer.value);
    else {
      setProblem(answer.message);
      setAttempt((n) => n + 1);
    }
  }

  const items: ErrorSummaryItem[] = [
    ...(error ? [{ text: error, fieldId: FIELD_ID }] : []),
    ...(problem ? [{ text: problem }] : []),
  ];
  return (
    <section aria-labelledby="access-form-heading" data-testid="access-request-form">
      <h2 className="govuk-heading-m" id="access-form-heading">
        Ask for access to {props.name}’s record
      </h2>
      {items.length > 0 && <ErrorSummary items={items} attempt={attempt} />}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={FIELD_ID}>
            Why do you need access?
          </label>
          <div id={`${FIELD_ID}-hint`} className="govuk-hint">
            Say what you need to see and what for. The council decides; the child’s social worker is told who
            asked and why. Between 20 and {REASON_MAX} characters.
          </div>
          <ErrorMessage id={`${FIELD_ID}-error`} text={error ?? undefined} />
          <textarea
            className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
            id={FIELD_ID}
            name={FIELD_ID}
            rows={5}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={describedBy(`${FIELD_ID}-hint`, error && `${FIELD_ID}-error`)}
          />
        </div>
        <button type="submit" className="govuk-button" disabled={busy}>
          Ask for access
        </button>
      </form>
    </section>
  );
}
