/**
 * The forms Hearth writes (issue 5 "Forms Hearth writes"), one entry each. A form's screen is
 * loaded only when opened. To add a form: write its screen (a default-exported component taking
 * FormProps), then add one entry below; the choice screen and the router pick it up.
 */
import type { ComponentType, LazyExoticComponent } from 'react';
import type { StaffProfile } from '../../../shared/api/session.ts';
import type { DocumentTypeId } from '../../../shared/domain/catalogue.ts';
import type { ChildForForm } from './child-for-form.ts';
import { PART_B_FORMS } from './part-b-forms.ts';

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

// Incident forms (issue 5 part A) and Regulation 40 / keyworker reports (part B) add their entries here.
export const FORMS: readonly FormDefinition[] = [...PART_B_FORMS];

export const formById = (id: string): FormDefinition | null => FORMS.find((f) => f.id === id) ?? null;
