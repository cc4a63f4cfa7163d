import { CHILDREN_HREF } from './router.ts';
import type { LoadFailure } from './load-record.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p className="govuk-body" role="status">
      Loading {what}…
    </p>
  );
}

/** Failures that may go away by themselves (the connection, the gateway): worth a "Try again". */
const PASSING: ReadonlySet<LoadFailure> = new Set(['offline', 'not-saved', 'server', 'invalid-answer']);

interface LoadProblemProps {
  error: LoadFailure;
  message: string;
  onRetry?: (() => void) | undefined;
}

/**
 * A load that failed, said plainly with the gateway's own words (e.g. which training modules are
 * missing), and what to do next. Role alert: it replaces a "Loading" that a screen reader announced.
 */
export function LoadProblem({ error, message, onRetry }: LoadProblemProps) {
  return (
    <div className="govuk-inset-text hearth-load-problem" role="alert" data-error={error}>
      <p className="govuk-body">{message}</p>
      {error === 'not-found' && (
        <p className="govuk-body">
          Hearth shows only the children placed in your home.{' '}
          <a className="govuk-link" href={CHILDREN_HREF}>
            Go to the children in your home
          </a>
          .
        </p>
      )}
      {onRetry && PASSING.has(error) && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={onRetry}
        >
          Try again
        </button>
      )}
    </div>
  );
}
