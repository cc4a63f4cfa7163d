import { lazy, Suspense } from 'react';
import type { FormsRoute } from './routes.ts';

// Loaded on demand: the forms, pdf-lib and the outbox writer stay out of the first download.
const LazyForms = lazy(() => import('./FormsScreen.tsx'));

/** "Write a form": choose the child, then the form, then write it. */
export function FormsScreen({ route }: { route: FormsRoute }) {
  return (
    <Suspense
      fallback={
        <p className="govuk-body" role="status">
          Loading the forms…
        </p>
      }
    >
      <LazyForms route={route} />
    </Suspense>
  );
}
