import { useState, type FormEvent } from 'react';
import { englandDate } from '../../../../shared/domain/access.ts';
import { isAsked } from '../../../../shared/forms/form-spec.ts';
import { INCIDENT_FORMS, IncidentType } from '../../../../shared/forms/incident-forms.ts';
import { incidentPdf, incidentTitle } from '../../../../shared/forms/incident-pdf.ts';
import { checkDateCompleted } from '../../uploads/date-completed.ts';
import { BodyMapEditor } from '../body-map/BodyMapEditor.tsx';
import { newBodyMapDraft } from '../body-map/body-map-draft.ts';
import { SpecField, specFieldId } from '../fields/SpecField.tsx';
import type { FormProps } from '../registry.ts';
import { FormEnding } from '../shell/FormEnding.tsx';
import { FormPage } from '../shell/FormPage.tsx';
import { useFormSave, type FormCheckResult } from '../shell/use-form-save.ts';
import { bodyMapOffered, checkIncidentDraft, emptyIncidentDraft, INCIDENT_PREFIX } from './incident-check.ts';

/**
 * An incident form (001: Safeguarding, Missing, Physical Intervention, Significant Incident, with
 * body maps as needed), written in Hearth, made into a PDF on this computer and queued like any
 * upload, online or not. "Saved on this computer" shows only after the outbox committed.
 */
export default function IncidentFormScreen({ staff, child, form }: FormProps) {
  const type = IncidentType.parse(form.documentType);
  const spec = INCIDENT_FORMS[type];
  const state = useFormSave();
  const [draft, setDraft] = useState(emptyIncidentDraft);
  const today = englandDate(new Date());
  const { problems } = state;

  const completed = checkDateCompleted(draft.ending.date, today);
  const title = completed.ok
    ? incidentTitle(type, child.fullName, completed.iso)
    : `${child.fullName} - ${spec.label} - (the date completed)`;
  const setValue = (id: string, value: string) =>
    setDraft((d) => ({ ...d, values: { ...d.values, [id]: value } }));

  function check(): FormCheckResult {
    const checked = checkIncidentDraft(type, draft, today);
    if (!checked.ok) return checked;
    const { form: incident } = checked;
    return {
      ok: true,
      makePdf: () =>
        incidentPdf(incident, {
          child: { name: child.fullName, mosaicId: child.mosaicId },
          uploader: { name: staff.name, role: staff.roleLabel },
          createdAt: new Date(),
        }),
      meta: {
        childId: child.id,
        documentType: type,
        title: incidentTitle(type, child.fullName, incident.completedOn),
        completedOn: incident.completedOn,
        author: incident.author,
        uploaderStaffId: staff.id,
      },
    };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Saved: the next incident starts on a new, empty form and, if needed, a new body map chart.
    void state.save(check, () => setDraft(emptyIncidentDraft()));
  }

  const intro = (
    <p className="govuk-body">
      Write what happened factually, with dates and times: the child may read this record later. Hearth makes
      a PDF, keeps it safely on this computer and sends it to {child.fullName}’s record; their social worker
      is told.
    </p>
  );
  return (
    <FormPage label={spec.label} child={child} intro={intro} state={state}>
      <form noValidate onSubmit={submit}>
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
        {bodyMapOffered(type) && (
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
        )}
        <FormEnding
          staff={staff}
          value={draft.ending}
          onChange={(ending) => setDraft((d) => ({ ...d, ending }))}
          problems={problems}
          title={title}
          busy={state.busy}
        />
      </form>
    </FormPage>
  );
}
