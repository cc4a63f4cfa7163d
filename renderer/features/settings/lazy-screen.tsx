import { lazy, Suspense } from 'react';

// Loaded on demand: few people open settings, so it stays out of the app's first download.
const LazySettings = lazy(() => import('./SettingsScreen.tsx'));

/** Settings (#/settings). */
export function SettingsScreen() {
  return (
    <Suspense
      fallback={
        <p className="govuk-body" role="status">
          Loading settings…
        </p>
      }
    >
      <LazySettings />
    </Suspense>
  );
}
