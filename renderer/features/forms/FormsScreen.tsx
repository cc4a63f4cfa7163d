// The forms screens' own styles load with them, after sign-in.
import './forms.scss';
import { Suspense } from 'react';
import type { ChildList } from '../../../shared/api/records.ts';
import type { StaffProfile } from '../../../shared/api/session.ts';
import { useSession } from '../../session/session-store.ts';
import { audit } from '../records/audit.ts';
import { Loading, LoadProblem } from '../records/LoadState.tsx';
import { PageHeading } from '../records/PageHeading.tsx';
import { childrenRequest } from '../records/requests.ts';
import { useRecord } from '../records/use-record.ts';
import { NoUploadAccess } from '../uploads/upload/NoUploadAccess.tsx';
import { childForForm, type ChildForForm } from './child-for-form.ts';
import { FORMS, formById } from './registry.ts';
import { formsHref, type FormsRoute } from './routes.ts';

function ChooseChild({ children }: { children: readonly ChildForForm[] }) {
  return (
    <>
      <PageHeading title="Write a form" />
      <p className="govuk-body">
        Choose the child the form is about. Only children placed in your home are listed.
      </p>
      {children.length === 0 && <p className="govuk-body">No children are placed in your home.</p>}
      <ul className="govuk-list" data-testid="forms-children">
        {children.map((child) => (
          <li key={child.id}>
            <a className="govuk-link" href={formsHref(child.id)}>
              {child.fullName}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function ChooseForm({ child }: { child: ChildForForm }) {
  return (
    <>
      {/* The window title never names a child (003); the heading on screen does. */}
      <PageHeading title="Choose a form">Write a form for {child.fullName}</PageHeading>
      <p className="govuk-body">
        Hearth writes the form as a PDF with {child.fullName}’s Mosaic reference number, keeps it safely on
        this computer and sends it to their record; their social worker is told (guidance 001).
      </p>
      {FORMS.length === 0 ? (
        <p className="govuk-body">There are no forms to write yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced" data-testid="forms-list">
          {FORMS.map((form) => (
            <li key={form.id}>
              <a className="govuk-link govuk-!-font-weight-bold" href={formsHref(child.id, form.id)}>
                {form.label}
              </a>
              <p className="govuk-body govuk-!-margin-bottom-0">{form.hint}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function NotFound({ what, href, back }: { what: string; href: string; back: string }) {
  return (
    <>
      <PageHeading title={`${what} not found`} />
      <p className="govuk-body">
        <a className="govuk-link" href={href}>
          {back}
        </a>
      </p>
    </>
  );
}

/**
 * "Write a form" (#/forms, #/forms/{childId}, #/forms/{childId}/{formId}; issue 5). Only people
 * whose access is 'read-upload' may write one (001: what Hearth writes is uploaded); others are told
 * why not. The children come from the records' own request, so offline it reads the saved list and
 * a child not (or no longer) placed in the home is never offered.
 * Loaded on demand (see index.ts), so the app's first download does not carry it.
 */
export default function FormsScreen({ route }: { route: FormsRoute }) {
  const staff = useSession((s) => s.staff);
  if (!staff) return null;
  // Checked before anything is loaded, so no enquiry is made (or audited, 001) for someone refused.
  if (staff.access.level !== 'read-upload') return <NoUploadAccess staff={staff} />;
  return <FormsForHome staff={staff} route={route} />;
}

function FormsForHome({ staff, route }: { staff: StaffProfile; route: FormsRoute }) {
  const loaded = useRecord(childrenRequest(''), (shown: { value: ChildList; offline: boolean }) =>
    audit('list-children', null, null, shown.offline),
  );
  if (loaded.state === 'loading') return <Loading what="the children in your home" />;
  if (loaded.state === 'failed')
    return (
      <>
        <PageHeading title="Write a form" />
        <LoadProblem error={loaded.error} message={loaded.message} onRetry={loaded.retry} />
      </>
    );
  const children = loaded.value.children.map(childForForm);
  if (!route.childId) return <ChooseChild children={children} />;
  const child = children.find((c) => c.id === route.childId);
  if (!child) return <NotFound what="Child" href={formsHref()} back="Choose a child placed in your home" />;
  if (!route.formId) return <ChooseForm child={child} />;
  const form = formById(route.formId);
  if (!form) return <NotFound what="Form" href={formsHref(child.id)} back="Choose a form" />;
  const Form = form.component;
  return (
    <Suspense
      fallback={
        <p className="govuk-body" role="status">
          Loading the form…
        </p>
      }
    >
      {/* Keyed by child and form: another child's or form's address starts a fresh, empty form. */}
      <Form key={`${child.id}/${form.id}`} staff={staff} child={child} form={form} />
    </Suspense>
  );
}
