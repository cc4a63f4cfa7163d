/**
 * The forms Hearth writes (issue 5 "Forms Hearth writes"), one entry each. A form's screen is
 * loaded only when opened. To add a form:
 * 1. describe its questions as data (shared/forms/form-spec.ts) and its PDF with the common frame
 *    (shared/pdf/form-pdf.ts), as shared/forms/incident-*.ts do;
 * 2. write its screen, a default-exported component taking FormProps, from the shell's parts:
 *    FormPage (summary, banner, heading, offline notice), SpecField (each question), FormEnding
 *    (date completed, "on behalf of", title, save) and useFormSave (check → PDF → outbox), as
 *    incident/IncidentFormScreen.tsx does;
 * 3. add one entry below; the choice screen and the router pick it up.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StaffProfile } from '../../../shared/api/session.ts';
import type { DocumentTypeId } from '../../../shared/domain/catalogue.ts';
import type { ChildForForm } from './child-for-form.ts';
import { KEYWORKER_FORMS, REG40_FORMS } from './part-b-forms.ts';

export interface FormProps {
  staff: StaffProfile;
  child: ChildForForm;
  form: FormDefinition;
}

export interface FormDefinition {
  /** In the address: #/forms/{childId}/{id}. Lower case letters, digits and hyphens. */
  id: string;
  /** The link on the choice screen and the form's heading, e.g. "Incident form: Missing". */
  label: string;
  /** One sentence under the link saying when to use it. */
  hint: string;
  /** The catalogue type the PDF is filed as (shared/domain/catalogue.ts). */
  documentType: DocumentTypeId;
  component: LazyExoticComponent<ComponentType<FormProps>>;
}

const IncidentForm = lazy(() => import('./incident/IncidentFormScreen.tsx'));

/** The incident forms (001 "Recording requirements"); one screen serves all four, by document type. */
const INCIDENT_ENTRIES: readonly FormDefinition[] = [
  {
    id: 'incident-safeguarding',
    label: 'Incident form: Safeguarding',
    hint: 'A concern that a child has been harmed or is at risk of harm, or a disclosure.',
    documentType: 'incident-safeguarding',
    component: IncidentForm,
  },
  {
    id: 'incident-missing',
    label: 'Incident form: Missing',
    hint: 'A child went missing from the home, or where they were was not known.',
    documentType: 'incident-missing',
    component: IncidentForm,
  },
  {
    id: 'incident-physical-intervention',
    label: 'Incident form: Physical Intervention',
    hint: 'Staff held a child to prevent injury to anyone or serious damage to property.',
    documentType: 'incident-physical-intervention',
    component: IncidentForm,
  },
  {
    id: 'incident-significant',
    label: 'Incident form: Significant Incident',
    hint: 'Any other significant event the child’s social worker needs to know about.',
    documentType: 'incident-significant',
    component: IncidentForm,
  },
];

// In the order of guidance 001's list: keyworker reports, incident forms, Regulation 40.
export const FORMS: readonly FormDefinition[] = [...KEYWORKER_FORMS, ...INCIDENT_ENTRIES, ...REG40_FORMS];

export const formById = (id: string): FormDefinition | null => FORMS.find((f) => f.id === id) ?? null;
