import { useState, type FormEvent } from 'react';
import {
  checkKeyworkerReport,
  KEYWORKER_SECTIONS,
  KeyworkerReportKind,
  KIND_LABELS,
  keyworkerTitle,
  type KeyworkerSectionId,
} from '../../../../shared/forms/keyworker-report-form.ts';
import { NativeDateInput, Textarea, TextInput } from '../../../ui/controls/text-inputs.tsx';
import type { FormProps } from '../registry.ts';
import { fieldBinder } from '../shell/bind-field.ts';
import { FormPage } from '../shell/FormPage.tsx';
import { schemaFormResult } from '../shell/schema-form.ts';
import { useFormSave } from '../shell/use-form-save.ts';

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
  const saving = useFormSave();
  const heading = KIND_LABELS[kind];
  const bind = fieldBinder(state, setState, id, saving.problems);
  const err = (field: string) => saving.problems.fields[id(field)];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void saving.save(
      () => {
        const checked = checkKeyworkerReport({
          kind,
          keyworker: { name: state.keyworkerName, role: state.keyworkerRole },
          periodStart: state.periodStart,
          periodEnd: state.periodEnd,
          reviewDate: cla ? state.reviewDate || null : null,
          forTheReview: state.forTheReview,
          ...state.sections,
        });
        return schemaFormResult(checked, {
          staff,
          child,
          documentType: kind,
          elementId: id,
          title: keyworkerTitle,
          makePdf: async (input) =>
            (await import('../../../../shared/pdf/keyworker-report-pdf.ts')).keyworkerReportPdf(input),
          // The keyworker wrote it; a manager queueing it is "on behalf of" them (000).
          author: ({ keyworker }, uploader) =>
            keyworker.name.toLowerCase() !== uploader.name.toLowerCase()
              ? { name: keyworker.name, role: keyworker.role }
              : undefined,
        });
      },
      () => setState(fresh()),
    );
  }

  return (
    <FormPage
      label={heading}
      child={child}
      state={saving}
      intro={
        <p className="govuk-body">
          Write what happened for {child.fullName}, factually and dated: their social worker reads it, and so
          may they one day. Hearth makes a PDF for their record and tells their social worker.
        </p>
      }
    >
      <form noValidate onSubmit={submit}>
        <h2 className="govuk-heading-m">About the report</h2>
        <TextInput
          {...bind('keyworkerName', 'keyworker.name')}
          label="Keyworker’s full name"
          hint="If you are uploading someone else’s report, their name: the record will say you uploaded it on their behalf."
        />
        <TextInput {...bind('keyworkerRole', 'keyworker.role')} label="Keyworker’s role" />
        <NativeDateInput {...bind('periodStart')} label="First day the report covers" />
        <NativeDateInput {...bind('periodEnd')} label="Last day the report covers" />
        {cla && <NativeDateInput {...bind('reviewDate')} label="Date of the CLA review" />}
        {KEYWORKER_SECTIONS.map((section) => (
          <Textarea
            key={section.id}
            id={id(section.id)}
            label={section.heading}
            hint={section.hint || undefined}
            value={state.sections[section.id]}
            onChange={(text) => setState((s) => ({ ...s, sections: { ...s.sections, [section.id]: text } }))}
            error={err(section.id)}
          />
        ))}
        {cla && (
          <Textarea
            {...bind('forTheReview')}
            label="What the child would like the review to discuss (optional)"
          />
        )}
        <button type="submit" className="govuk-button" disabled={saving.busy} aria-disabled={saving.busy}>
          Make the PDF and add to upload queue
        </button>
      </form>
    </FormPage>
  );
}
