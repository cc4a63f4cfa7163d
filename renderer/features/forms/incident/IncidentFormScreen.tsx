import { useEffect, useState, type FormEvent } from 'react';
import { englandDate } from '../../../../shared/domain/access.ts';
import { isAsked } from '../../../../shared/forms/form-spec.ts';
import { INCIDENT_FORMS, IncidentType } from '../../../../shared/forms/incident-forms.ts';
import { incidentPdf, incidentTitle } from '../../../../shared/forms/incident-pdf.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { PageHeading } from '../../records/PageHeading.tsx';
import { checkDateCompleted, type DateField } from '../../uploads/date-completed.ts';
import { DateCompleted } from '../../uploads/upload/DateCompleted.tsx';
import { OnBehalfOf } from '../../uploads/upload/OnBehalfOf.tsx';
import { SavedBanner } from '../../uploads/upload/SavedBanner.tsx';
import { useOnline } from '../../uploads/use-online.ts';
import { BodyMapEditor } from '../body-map/BodyMapEditor.tsx';
import { newBodyMapDraft } from '../body-map/body-map-draft.ts';
import { SpecField, specFieldId } from '../fields/SpecField.tsx';
import { queueForm } from '../queue-form.ts';
import type { FormProps } from '../registry.ts';
import {
  checkIncidentDraft,
  emptyIncidentDraft,
  FORM_FIELD,
  INCIDENT_PREFIX,
  type IncidentCheck,
} from './incident-check.ts';

type Problems = Extract<IncidentCheck, { ok: false }>;
const NO_PROBLEMS: Problems = { ok: false, summary: [], fields: {}, boxes: {} };

/**
 * An incident form (001: Safeguarding, Missing, Physical Intervention, Significant Incident, with
 * body maps as needed), written in Hearth, made into a PDF on this computer and queued like any
 * upload, online or not. "Saved on this computer" shows only after the outbox committed.
 */
export default function IncidentFormScreen({ staff, child, form }: FormProps) {
  const type = IncidentType.parse(form.documentType);
  const spec = INCIDENT_FORMS[type];
  const online = useOnline();
  const [draft, setDraft] = useState(emptyIncidentDraft);
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ title: string; at: number } | null>(null);
  const today = englandDate(new Date());

  const hasProblems = problems.summary.length > 0;
  useEffect(() => {
    // GOV.UK: "Error: " before the window title, so the change is heard. Never the child's name (003).
    document.title = `${hasProblems ? 'Error: ' : ''}${spec.label} – Hearth`;
  }, [hasProblems, spec.label]);

  const completed = checkDateCompleted(draft.date, today);
  const title = completed.ok ? incidentTitle(type, child.fullName, completed.iso) : null;
  const dateBoxes = problems.boxes[FORM_FIELD.date];
  const wrongDateBoxes: DateField[] =
    dateBoxes === 'all' ? ['day', 'month', 'year'] : dateBoxes ? [dateBoxes] : [];
  const setValue = (id: string, value: string) =>
    setDraft((d) => ({ ...d, values: { ...d.values, [id]: value } }));
  const onBehalf = draft.onBehalf === 'yes' && draft.authorName.trim() && draft.authorRole.trim();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSaved(null);
    const checked = checkIncidentDraft(type, draft, today);
    if (!checked.ok) {
      setProblems(checked);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const context = {
      child: { name: child.fullName, mosaicId: child.mosaicId },
      uploader: { name: staff.name, role: staff.roleLabel },
      createdAt: new Date(),
    };
    const pdfTitle = incidentTitle(type, child.fullName, checked.form.completedOn);
    const result = await incidentPdf(checked.form, context).then(
      (pdf) =>
        queueForm(pdf, {
          childId: child.id,
          documentType: type,
          title: pdfTitle,
          completedOn: checked.form.completedOn,
          author: checked.form.author,
          uploaderStaffId: staff.id,
        }),
      (error: unknown) => ({
        ok: false as const,
        error: 'invalid' as const,
        message: `Hearth could not make the PDF: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
    setBusy(false);
    if (result.ok) {
      setProblems(NO_PROBLEMS);
      // The next incident starts on a new, empty form and, if needed, a new body map chart.
      setDraft(emptyIncidentDraft());
      setSaved({ title: pdfTitle, at: Date.now() });
      return;
    }
    // Nothing the person wrote is lost: the form stays as it was.
    setProblems({ ...NO_PROBLEMS, summary: [{ text: result.message }] });
    setAttempt((n) => n + 1);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasProblems && <ErrorSummary items={problems.summary} attempt={attempt} />}
        {saved && <SavedBanner titles={[saved.title]} shownAt={saved.at} takeFocus={!hasProblems} />}
        <PageHeading title={spec.label}>
          <span className="govuk-caption-l">
            {child.fullName}, Mosaic ref. {child.mosaicId}
          </span>
          {spec.label}
        </PageHeading>
        <p className="govuk-body">
          Write what happened factually, with dates and times: the child may read this record later. Hearth
          makes a PDF, keeps it safely on this computer and sends it to {child.fullName}’s record; their
          social worker is told.
        </p>
        {online === 'offline' && (
          <div className="govuk-inset-text" data-testid="form-offline">
            You are offline. You can still write and save the form: it waits on this computer and is sent when
            Hearth is next online and you are signed in.
          </div>
        )}
        <form noValidate onSubmit={(event) => void submit(event)}>
          {spec.parts.map((part) => (
            <section key={part.heading} className="govuk-!-margin-bottom-6">
              <h2 className="govuk-heading-m">{part.heading}</h2>
              {part.fields
                .filter((f) => isAsked(f, draft.values))
                .map((f) => {
                  const id = specFieldId(INCIDENT_PREFIX, f);
                  return (
                    <SpecField
                      key={f.id}
                      prefix={INCIDENT_PREFIX}
                      field={f}
                      value={draft.values[f.id] ?? ''}
                      onChange={(value) => setValue(f.id, value)}
                      error={problems.fields[id]}
                      wrongBox={problems.boxes[id]}
                    />
                  );
                })}
            </section>
          ))}
          <section className="govuk-!-margin-bottom-6">
            <h2 className="govuk-heading-m">Body map</h2>
            {draft.bodyMap ? (
              <>
                <BodyMapEditor
                  draft={draft.bodyMap}
                  onChange={(bodyMap) => setDraft((d) => ({ ...d, bodyMap }))}
                  errors={problems.fields}
                />
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => setDraft((d) => ({ ...d, bodyMap: null }))}
                >
                  Remove the body map
                </button>
              </>
            ) : (
              <>
                <p className="govuk-body">Add a body map if the child has any mark or injury to record.</p>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() =>
                    setDraft((d) => ({
                      ...d,
                      // A new chart for each incident: never a copy of another form's.
                      bodyMap: newBodyMapDraft(crypto.randomUUID(), {
                        name: staff.name,
                        role: staff.roleLabel,
                      }),
                    }))
                  }
                >
                  Add a body map
                </button>
              </>
            )}
          </section>
          <DateCompleted
            id={FORM_FIELD.date}
            value={draft.date}
            onChange={(date) => setDraft((d) => ({ ...d, date }))}
            error={problems.fields[FORM_FIELD.date]}
            wrong={wrongDateBoxes}
          />
          <OnBehalfOf
            ids={{ choice: FORM_FIELD.onBehalf, name: FORM_FIELD.authorName, role: FORM_FIELD.authorRole }}
            value={draft}
            onChange={(value) => setDraft((d) => ({ ...d, ...value }))}
            errors={{
              choice: problems.fields[FORM_FIELD.onBehalf],
              name: problems.fields[FORM_FIELD.authorName],
              role: problems.fields[FORM_FIELD.authorRole],
            }}
          />
          <div className="govuk-inset-text" data-testid="form-attribution">
            <p className="govuk-body">
              It will be filed as:{' '}
              <strong>{title ?? `${child.fullName} - ${spec.label} - (date completed)`}</strong>
            </p>
            <p className="govuk-body govuk-!-margin-bottom-0">
              The child’s record will say: Uploaded by {staff.name}, {staff.roleLabel}
              {onBehalf ? `, on behalf of ${draft.authorName.trim()}, ${draft.authorRole.trim()}` : ''}.
            </p>
          </div>
          <button type="submit" className="govuk-button" aria-disabled={busy || undefined}>
            {busy ? 'Saving on this computer…' : 'Save and add to upload queue'}
          </button>
        </form>
      </div>
    </div>
  );
}
