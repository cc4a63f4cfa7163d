// The records screens' own styles load with them, after sign-in.
import './records.scss';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { NoAccess } from '../../app/AccessNotice.tsx';
import { useSession } from '../../session/session-store.ts';
import { AuditScreen, mayReviewAudit, useAuditRoute } from '../audit/index.ts';
import { FormsScreen, useFormsRoute } from '../forms/index.ts';
import { HardCopiesScreen, useHardCopiesRoute } from '../hard-copies/index.ts';
import { SettingsScreen, useSettingsRoute } from '../settings/index.ts';
import { QueueScreen, UploadScreen, useUploadsRoute } from '../uploads/index.ts';
import { ChildLayout } from './child/ChildLayout.tsx';
import { ChildrenScreen } from './children/ChildrenScreen.tsx';
import { noteScreenChange, PageHeading } from './PageHeading.tsx';
import { RecordsNav } from './RecordsNav.tsx';
import { useRecordsUi } from './records-store.ts';
import { CHILDREN_HREF, useRoute } from './router.ts';

function NotFound() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p className="govuk-body">
        <a className="govuk-link" href={CHILDREN_HREF}>
          Go to the children in your home
        </a>
      </p>
    </>
  );
}

/**
 * The records of the children in the signed-in person's home, as far as their training allows
 * (001), at #/children, #/children/{id}, #/children/{id}/documents and #/children/{id}/case-notes;
 * with the upload screens (#/upload, #/queue), the forms (#/forms…), hard copies to mark
 * (#/hard-copies), the managers' audit (#/audit) and settings (#/settings) beside them.
 * Loaded on demand by the app shell after sign-in; the shell's header shows who is signed in.
 */
export default function RecordsApp() {
  const staff = useSession((s) => s.staff);
  const route = useRoute();
  const uploads = useUploadsRoute();
  const settings = useSettingsRoute();
  const forms = useFormsRoute();
  const hardCopies = useHardCopiesRoute();
  const audit = useAuditRoute();

  // A new screen (not a new search on the same one) moves focus to its heading.
  const screenKey = audit
    ? 'audit'
    : settings
      ? 'settings'
      : forms
        ? `forms/${forms.childId ?? ''}/${forms.formId ?? ''}`
        : hardCopies
          ? 'hard-copies'
          : uploads
            ? uploads.screen === 'upload'
              ? `upload/${uploads.childId ?? ''}`
              : 'queue'
            : route.screen === 'children' || route.screen === 'unknown'
              ? route.screen
              : `${route.screen}/${route.childId}`;
  const lastScreen = useRef(screenKey);
  useLayoutEffect(() => {
    noteScreenChange(lastScreen.current !== screenKey);
    lastScreen.current = screenKey;
  }, [screenKey]);

  // Signed out: the next person does not inherit this person's filters.
  useEffect(() => () => useRecordsUi.getState().reset(), []);

  if (!staff) return null;
  // The shell shows this too; checked again here so the records never render without read access.
  if (staff.access.level === 'none') return <NoAccess access={staff.access} />;

  return (
    <>
      <RecordsNav
        homeName={staff.home.name}
        canUpload={staff.access.level === 'read-upload'}
        canReviewAudit={mayReviewAudit(staff.role)}
        current={
          audit
            ? 'audit'
            : settings
              ? 'settings'
              : forms
                ? 'forms'
                : hardCopies
                  ? 'hard-copies'
                  : uploads
                    ? uploads.screen
                    : route.screen === 'children'
                      ? 'children'
                      : null
        }
      />
      {route.screen === 'children' && <ChildrenScreen homeName={staff.home.name} />}
      {(route.screen === 'summary' ||
        route.screen === 'documents' ||
        route.screen === 'case-notes' ||
        route.screen === 'group') && (
        <ChildLayout key={route.childId} childId={route.childId} screen={route.screen} />
      )}
      {uploads?.screen === 'upload' && <UploadScreen key={uploads.childId ?? ''} childId={uploads.childId} />}
      {uploads?.screen === 'queue' && <QueueScreen />}
      {forms && <FormsScreen route={forms} />}
      {settings && <SettingsScreen />}
      {hardCopies && <HardCopiesScreen />}
      {audit && <AuditScreen />}
      {route.screen === 'unknown' && !uploads && !settings && !forms && !hardCopies && !audit && <NotFound />}
    </>
  );
}
