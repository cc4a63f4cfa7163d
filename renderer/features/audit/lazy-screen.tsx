import { lazy, Suspense } from 'react';

// Loaded on demand: only managers open it, so it stays out of everyone's first download.
const LazyAudit = lazy(() => import('./AuditScreen.tsx'));

/** The audit (#/audit). */
export function AuditScreen() {
  return (
    <Suspense
      fallback={
        <p className="govuk-body" role="status">
          Loading the audit…
        </p>
      }
    >
      <LazyAudit />
    </Suspense>
  );
}
