import { useEffect, useState, type FormEvent } from 'react';
import { englandDate } from '../../../../shared/domain/access.ts';
import {
  checkKeyworkerReport,
  KEYWORKER_SECTIONS,
  KeyworkerReportKind,
  KIND_LABELS,
  keyworkerTitle,
  type KeyworkerSectionId,
} from '../../../../shared/forms/keyworker-report-form.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { PageHeading } from '../../records/PageHeading.tsx';
import { SavedBanner } from '../../uploads/upload/SavedBanner.tsx';
import { DateInput, TextArea, TextInput } from '../controls/form-controls.tsx';
import { problemsFrom, useFormSave } from '../controls/use-form-save.ts';
import type { FormProps } from '../registry.ts';

type Sections = Record<KeyworkerSectionId, string>;
interface State {
  keyworkerName: string;
  keyworkerRole: string;
  periodStart: string;
  periodEnd: string;
  reviewDate: string;
  forTheReview: string;
  sections: Sections;
}

const emptySections = (): Sections =>
  Object.fromEntries(KEYWORKER_SECTIONS.map((s) => [s.id, ''])) as Sections;

const id = (field: string) => `keyworker-${field.replace(/\./g, '-')}`;

/**
 * The keyworker monthly report and the keyworker report for a CLA review (001 "Recording
 * requirements"), one screen for both: the registry entry's document type says which. The keyworker
 * is the author; when the person signed in is not the keyworker (a manager queueing a keyworker's
 * report), the PDF and the record say "Uploaded by ... on behalf of ..." (000).
 */
export default function KeyworkerReportScreen({ staff, child, form: definition }: FormProps) {
  const kind = KeyworkerReportKind.parse(definition.documentType);
  const cla = kind === 'keyworker-cla-review-report';
  const fresh = (): State => ({
    keyworkerName: staff.name,
    keyworkerRole: staff.roleLabel,
    periodStart: '',
    periodEnd: '',
    reviewDate: '',
    forTheReview: '',
    sections: emptySections(),
  });
  const [state, setState] = useState<State>(fresh);
  const { problems, attempt, busy, saved, save } = useFormSave(() => setState(fresh()));
  const heading = KIND_LABELS[kind];
  const hasProblems = problems.summary.length > 0;
  useEffect(() => {
    document.title = `${hasProblems ? 'Error: ' : ''}${heading} – Hearth`;
  }, [hasProblems, heading]);
  const set = (changes: Partial<State>) => setState((s) => ({ ...s, ...changes }));
  const err = (field: string) => problems.fields[id(field)];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(() => {
      const checked = checkKeyworkerReport({
        kind,
        keyworker: { name: state.keyworkerName, role: state.keyworkerRole },
        periodStart: state.periodStart,
        periodEnd: state.periodEnd,
        reviewDate: cla ? state.reviewDate || null : null,
        forTheReview: state.forTheReview,
        ...state.sections,
      });
      if (!checked.ok) return { ok: false, problems: problemsFrom(checked.problems, id) };
      const value = checked.value;
      const completedOn = englandDate(new Date());
      const title = keyworkerTitle(child.fullName, value, completedOn);
      const uploader = { name: staff.name, role: staff.roleLabel };
      const author = { name: value.keyworker.name, role: value.keyworker.role };
      const onBehalf = author.name.toLowerCase() !== uploader.name.toLowerCase();
      return {
        ok: true,
        pdf: async () => {
          const { keyworkerReportPdf } = await import('../../../../shared/pdf/keyworker-report-pdf.ts');
          return keyworkerReportPdf({
            form: value,
            title,
            child: { name: child.fullName, mosaicId: child.mosaicId },
            completedOn,
            uploader,
            createdAt: new Date(),
          });
        },
        meta: {
          childId: child.id,
          documentType: kind,
          title,
          completedOn,
          author: onBehalf ? author : undefined,
          uploaderStaffId: staff.id,
        },
      };
    });
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasProblems && <ErrorSummary items={problems.summary} attempt={attempt} />}
        {saved && <SavedBanner titles={[saved.title]} shownAt={saved.at} takeFocus={!hasProblems} />}
        <PageHeading title={heading}>
          {heading}
          <span className="govuk-caption-l">{child.fullName}</span>
        </PageHeading>
        <p className="govuk-body">
          Write what happened for {child.fullName}, factually and dated: their social worker reads it, and so
          may they one day. Hearth makes a PDF for their record and tells their social worker.
        </p>
        <form noValidate onSubmit={submit}>
          <h2 className="govuk-heading-m">About the report</h2>
          <TextInput
            id={id('keyworker.name')}
            label="Keyworker’s full name"
            hint="If you are uploading someone else’s report, their name: the record will say you uploaded it on their behalf."
            value={state.keyworkerName}
            onChange={(keyworkerName) => set({ keyworkerName })}
            error={err('keyworker.name')}
          />
          <TextInput
            id={id('keyworker.role')}
            label="Keyworker’s role"
            value={state.keyworkerRole}
            onChange={(keyworkerRole) => set({ keyworkerRole })}
            error={err('keyworker.role')}
          />
          <DateInput
            id={id('periodStart')}
            label="First day the report covers"
            value={state.periodStart}
            onChange={(periodStart) => set({ periodStart })}
            error={err('periodStart')}
          />
          <DateInput
            id={id('periodEnd')}
            label="Last day the report covers"
            value={state.periodEnd}
            onChange={(periodEnd) => set({ periodEnd })}
            error={err('periodEnd')}
          />
          {cla && (
            <DateInput
              id={id('reviewDate')}
              label="Date of the CLA review"
              value={state.reviewDate}
              onChange={(reviewDate) => set({ reviewDate })}
              error={err('reviewDate')}
            />
          )}
          {KEYWORKER_SECTIONS.map((section) => (
            <TextArea
              key={section.id}
              id={id(section.id)}
              label={section.heading}
              hint={section.hint || undefined}
              value={state.sections[section.id]}
              onChange={(text) =>
                setState((s) => ({ ...s, sections: { ...s.sections, [section.id]: text } }))
              }
              error={err(section.id)}
            />
          ))}
          {cla && (
            <TextArea
              id={id('forTheReview')}
              label="What the child would like the review to discuss (optional)"
              value={state.forTheReview}
              onChange={(forTheReview) => set({ forTheReview })}
            />
          )}
          <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
            Make the PDF and add to upload queue
          </button>
        </form>
      </div>
    </div>
  );
}
