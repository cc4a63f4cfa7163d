import type { StaffProfile } from '../../../../shared/api/session.ts';
import { UPLOAD_ROLES } from '../../../../shared/domain/roles.ts';
import { TRAINING_MODULES } from '../../../../shared/domain/training.ts';
import { PageHeading } from '../../records/PageHeading.tsx';

export const NOT_AN_UPLOAD_ROLE =
  'Only Registered Managers, Assistant Managers and Principal Residential Child Care Workers upload documents to children’s records (guidance 001). You can read the records of the children in your home.';

/**
 * Why this person sees no upload form (001: upload needs one of the three upload roles and all 9
 * training modules). The gateway refuses their uploads too; this only says so before they try.
 */
export function NoUploadAccess({ staff }: { staff: StaffProfile }) {
  const uploadRole = UPLOAD_ROLES.has(staff.role);
  const missing = uploadRole ? staff.access.missingModules : [];
  return (
    <>
      <PageHeading title="You cannot upload documents" />
      <p className="govuk-body" data-testid="upload-refusal">
        {uploadRole
          ? (staff.access.reason ?? 'Complete all 9 training modules to upload documents.')
          : NOT_AN_UPLOAD_ROLE}
      </p>
      {missing.length > 0 && (
        <>
          <p className="govuk-body">Training modules you still need to complete:</p>
          <ul className="govuk-list govuk-list--bullet" data-testid="upload-missing-modules">
            {missing.map((id) => (
              <li key={id}>
                Module {id}: {TRAINING_MODULES.find((m) => m.id === id)?.title ?? 'title not known'}
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            Ask your manager to book the training. You can upload from your next sign-in after it is recorded.
          </p>
        </>
      )}
    </>
  );
}
