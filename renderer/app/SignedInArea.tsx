import { lazy, Suspense, useEffect, useState } from 'react';
import { deviceKeys } from '../db/device-key.ts';
import { useSession } from '../session/session-store.ts';
import { NoAccess, ReadOnlyNotice } from './AccessNotice.tsx';

// The records screens load after sign-in, so the sign-in screen needs the smallest download.
const RecordsApp = lazy(() => import('../features/records/RecordsApp.tsx'));

/** Says plainly when this computer cannot keep records for offline use (003: only encrypted). */
function DeviceStorageNotice() {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    void deviceKeys().then((state) => {
      // The host's reason may or may not end its sentence; the notice adds one more after it.
      if (!stopped) setProblem(state.available ? null : state.reason.replace(/\.?$/, '.'));
    });
    return () => {
      stopped = true;
    };
  }, []);
  if (!problem) return null;
  return (
    <div className="govuk-warning-text" data-testid="device-storage-problem">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {problem} You can read records while connected. Tell IT.
      </strong>
    </div>
  );
}

/** What a signed-in person sees: the reason when they may not read records, else the records. */
export function SignedInArea() {
  const staff = useSession((s) => s.staff);
  useEffect(() => {
    if (staff?.access.level === 'none') document.title = 'No access to records – Hearth';
  }, [staff?.access.level]);
  if (!staff) return null;
  if (staff.access.level === 'none') return <NoAccess access={staff.access} />;
  return (
    <>
      <DeviceStorageNotice />
      <ReadOnlyNotice access={staff.access} />
      <Suspense fallback={<p className="govuk-body">Loading…</p>}>
        <RecordsApp />
      </Suspense>
    </>
  );
}
