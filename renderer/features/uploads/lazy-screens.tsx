import { lazy, Suspense } from 'react';

// Loaded on demand: the screens, the outbox writer and their styles stay out of the first download.
const LazyUpload = lazy(() => import('./UploadScreen.tsx'));
const LazyQueue = lazy(() => import('./QueueScreen.tsx'));

const Loading = ({ what }: { what: string }) => (
  <p className="govuk-body" role="status">
    Loading {what}…
  </p>
);

/** "Upload a document"; `childId` when arriving from a child's record (#/upload/{childId}). */
export function UploadScreen({ childId = null }: { childId?: string | null }) {
  return (
    <Suspense fallback={<Loading what="the upload form" />}>
      <LazyUpload childId={childId} />
    </Suspense>
  );
}

/** The upload queue (#/queue). */
export function QueueScreen() {
  return (
    <Suspense fallback={<Loading what="the upload queue" />}>
      <LazyQueue />
    </Suspense>
  );
}
