import type { AccessInfo } from '../../shared/api/session.ts';
import { TRAINING_MODULES } from '../../shared/domain/training.ts';

/** The modules still to do, by number and title, so staff can ask for exactly those. */
function ModuleList({ ids }: { ids: readonly number[] }) {
  return (
    <ul className="govuk-list govuk-list--bullet" data-testid="missing-modules">
      {ids.map((id) => (
        <li key={id}>
          Module {id}: {TRAINING_MODULES.find((m) => m.id === id)?.title ?? 'title not known'}
        </li>
      ))}
    </ul>
  );
}

/**
 * Fewer than 2 training modules: no access to records at all (001: "'Read only' access will
 * require the completion of 2 modules"). Shown instead of the records screens, with the reason.
 */
export function NoAccess({ access }: { access: AccessInfo }) {
  return (
    <>
      <h1 className="govuk-heading-l">You cannot read children’s records yet</h1>
      <p className="govuk-body" data-testid="access-reason">
        {access.reason ?? 'Your training is not complete enough to read records.'}
      </p>
      {access.missingModules.length > 0 && (
        <>
          <p className="govuk-body">Training modules you still need to complete:</p>
          <ModuleList ids={access.missingModules} />
        </>
      )}
      <p className="govuk-body">
        Ask your manager to book the training. You will have access at your next sign-in after it is recorded.
      </p>
    </>
  );
}

/**
 * An upload role (manager, assistant manager, principal worker) with 2 to 8 modules reads only,
 * and is told which modules are missing (001: read and upload access needs all 9).
 */
export function ReadOnlyNotice({ access }: { access: AccessInfo }) {
  if (access.level !== 'read' || access.missingModules.length === 0) return null;
  return (
    <div className="govuk-inset-text" data-testid="access-notice">
      <p className="govuk-body govuk-!-font-weight-bold">
        You can read records, but not upload documents yet.
      </p>
      <p className="govuk-body">To upload documents, complete these training modules:</p>
      <ModuleList ids={access.missingModules} />
    </div>
  );
}
