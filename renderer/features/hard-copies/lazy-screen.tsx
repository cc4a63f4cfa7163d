import { lazy, Suspense } from 'react';

// Loaded on demand: only those who upload open it, so it stays out of the app's first download.
const LazyHardCopies = lazy(() => import('./HardCopiesScreen.tsx'));

/** "Hard copies to mark" (#/hard-copies). */
export function HardCopiesScreen() {
  return (
    <Suspense
      fallback={
        <p className="govuk-body" role="status">
          Loading the hard copies to mark…
        </p>
      }
    >
      <LazyHardCopies />
    </Suspense>
  );
}
