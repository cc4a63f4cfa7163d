import { useEffect, type ReactNode } from 'react';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { PageHeading } from '../../records/PageHeading.tsx';
import { SavedBanner } from '../../uploads/upload/SavedBanner.tsx';
import { useOnline } from '../../uploads/use-online.ts';
import type { ChildForForm } from '../child-for-form.ts';
import type { FormSave } from './use-form-save.ts';

/**
 * The page around every form: the error summary, the "Saved on this computer" banner, the heading
 * (the child's name and Mosaic number as its caption; the window title never names the child, 003),
 * and the offline notice. The form itself is `children`.
 */
export function FormPage({
  label,
  child,
  intro,
  state,
  children,
}: {
  label: string;
  child: ChildForForm;
  intro: ReactNode;
  state: FormSave;
  children: ReactNode;
}) {
  const online = useOnline();
  const hasProblems = state.problems.summary.length > 0;
  useEffect(() => {
    // GOV.UK: "Error: " before the window title, so the change is heard. Runs after the heading's own.
    document.title = `${hasProblems ? 'Error: ' : ''}${label} – Hearth`;
  }, [hasProblems, label]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasProblems && <ErrorSummary items={state.problems.summary} attempt={state.attempt} />}
        {state.saved && (
          <SavedBanner titles={[state.saved.title]} shownAt={state.saved.at} takeFocus={!hasProblems} />
        )}
        <PageHeading title={label}>
          <span className="govuk-caption-l">
            {child.fullName}, Mosaic ref. {child.mosaicId}
          </span>
          {label}
        </PageHeading>
        {intro}
        {online === 'offline' && (
          <div className="govuk-inset-text" data-testid="form-offline">
            You are offline. You can still write and save the form: it waits on this computer and is sent when
            Hearth is next online and you are signed in.
          </div>
        )}
        {children}
      </div>
    </div>
  );
}
