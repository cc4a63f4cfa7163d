import type { ReactNode } from 'react';
import type { StaffProfile } from '../../../../shared/api/session.ts';
import { mayWriteReg40 } from '../../../../shared/domain/regulation-40.ts';
import { PageHeading } from '../../records/PageHeading.tsx';
import { uploadHref } from '../../uploads/routes.ts';

/**
 * Only the registered manager and the assistant manager write a Regulation 40 notification in
 * Hearth (shared/domain/regulation-40.ts `mayWriteReg40`); a principal worker is told who does, and
 * that they can still upload a notification the manager made (001).
 */
export function Reg40Gate({
  staff,
  childId,
  children,
}: {
  staff: StaffProfile;
  childId: string;
  children: ReactNode;
}) {
  if (mayWriteReg40(staff.role)) return children;
  return (
    <>
      <PageHeading title="Ask a manager to write this notification" />
      <p className="govuk-body" data-testid="reg40-refusal">
        Regulation 40 notifications are made by the registered person: in Hearth, the Registered Manager or
        the Assistant Manager. Tell them about the event now; it must be notified without delay.
      </p>
      <p className="govuk-body">
        If a manager has already made the notification, you can{' '}
        <a className="govuk-link" href={uploadHref(childId)}>
          upload it to the child’s record
        </a>
        .
      </p>
    </>
  );
}
