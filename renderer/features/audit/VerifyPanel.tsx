import { useState } from 'react';
import type { AuditVerification } from '../../../shared/api/audit-review.ts';
import { verifyAudit } from './audit-api.ts';
import { brokenChainWords, verificationSummary } from './audit-words.ts';

type State =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; result: AuditVerification }
  | { state: 'failed'; message: string };

/**
 * "Verify the audit" (issue 7): the gateway checks every record of events from its first link and
 * this says, in plain words, that nothing was changed, or which event is the first that does not
 * hold. The answer is announced (a status when intact, an alert when not).
 */
export function VerifyPanel() {
  const [state, setState] = useState<State>({ state: 'idle' });
  async function run() {
    setState({ state: 'checking' });
    const answer = await verifyAudit();
    setState(
      answer.ok ? { state: 'done', result: answer.value } : { state: 'failed', message: answer.message },
    );
  }
  return (
    <section className="hearth-audit-verify" aria-labelledby="audit-verify-heading">
      <h2 className="govuk-heading-m" id="audit-verify-heading">
        Check the audit has not been tampered with
      </h2>
      <p className="govuk-body">
        Every event is linked to the one before it. Hearth checks every link, so any event changed, removed or
        moved since it was recorded is found.
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => void run()}
        disabled={state.state === 'checking'}
        aria-disabled={state.state === 'checking'}
      >
        Verify the audit
      </button>
      <div data-testid="audit-verification">
        {state.state === 'checking' && (
          <p className="govuk-body" role="status">
            Checking every event…
          </p>
        )}
        {state.state === 'failed' && (
          <p className="govuk-body" role="alert">
            {state.message}
          </p>
        )}
        {state.state === 'done' && state.result.ok && (
          <div className="govuk-inset-text" role="status" data-verdict="ok">
            {verificationSummary(state.result)}
          </div>
        )}
        {state.state === 'done' && !state.result.ok && (
          <div role="alert" data-verdict="broken">
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {verificationSummary(state.result)} Tell the council’s information governance team.
              </strong>
            </div>
            <ul className="govuk-list govuk-list--bullet">
              {state.result.chains
                .filter((c) => !c.ok)
                .map((c) => (
                  <li key={c.chainId}>{brokenChainWords(c)}</li>
                ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
